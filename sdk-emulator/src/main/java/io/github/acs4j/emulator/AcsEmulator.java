package io.github.acs4j.emulator;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local stand-in for Alibaba Cloud's contact APIs: an HTTP server on 127.0.0.1 that speaks the RPC
 * protocol of CloudMonitor (Cms 2019-01-01), ARMS (2019-08-08) and Resource Directory
 * (ResourceDirectoryMaster 2022-04-19), and the REST-style (ROA) contact surface of CloudMonitor 2.0 (Cms
 * 2024-03-30, see {@link #cloudMonitor2()}). It verifies V1 and ACS3 signatures against the accounts it knows,
 * keeps each account's contacts in memory, validates like the services and answers in their JSON shapes
 * and error codes. {@link #faults()} injects throttling, server errors, latency and dropped connections;
 * {@link #resourceDirectory()} plays the recipient of a Resource Directory verification (nothing is mailed).
 *
 * <pre>{@code
 * try (AcsEmulator emulator = AcsEmulator.start();
 *      CmsClient cms = CmsClient.builder()
 *              .endpointOverride(emulator.endpoint())
 *              .credentialsProvider(StaticCredentialsProvider.create(emulator.accessKeyId(), emulator.accessKeySecret()))
 *              .build()) {
 *     cms.putContact(c -> c.contactName("Alice").describe("on-call").channelsMail("alice@example.com"));
 * }
 * }</pre>
 *
 * Thread-safe. Calls to one account are served one at a time.
 */
public final class AcsEmulator implements AutoCloseable {
    static {
        // the JDK server writes the status line and the body separately: without TCP_NODELAY, Nagle's
        // algorithm and the client's delayed ACK add ~40 ms to every answer. Read once per JVM.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI endpoint;
    private final String accessKeyId;
    private final String accessKeySecret;
    private final int resourceDirectoryContactLimit;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final NonceRegistry nonces = new NonceRegistry(SignatureVerifier.TIMESTAMP_WINDOW);
    private final Faults faults = new Faults();
    private final RequestCounter counter = new RequestCounter();
    private final Consumer<String> requestLog;
    private final ResourceDirectoryControls resourceDirectory = new ResourceDirectoryControls(this);
    private final CloudMonitor2Controls cloudMonitor2 = new CloudMonitor2Controls(this);

    private AcsEmulator(Builder b) {
        this.accessKeyId = b.accessKeyId != null ? b.accessKeyId : "EmulatorKey" + Secrets.random(12);
        this.accessKeySecret = b.accessKeySecret != null ? b.accessKeySecret : Secrets.random(30);
        this.resourceDirectoryContactLimit = b.resourceDirectoryContactLimit;
        this.requestLog = b.requestLog;
        addAccount(accessKeyId, accessKeySecret);
        Router router = new Router();
        new CmsHandler(b.clock).register(router);
        new ArmsHandler(b.clock).register(router);
        new ResourceDirectoryHandler(b.clock, b.resourceDirectoryDailyVerificationLimit).register(router);
        SignatureVerifier verifier = new SignatureVerifier(id -> {
            Account a = accounts.get(id);
            return a == null ? null : a.accessKeySecret();
        }, nonces, b.clock);
        RoaRouter roaRouter = new RoaRouter(CloudMonitor2Handler.VERSION);
        new CloudMonitor2Handler(b.clock).register(roaRouter);
        RoaSignatureVerifier roaVerifier = new RoaSignatureVerifier(this::secretOf, nonces, b.clock);
        try {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            this.server = HttpServer.create(new InetSocketAddress(loopback, b.port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + b.port + ": " + e.getMessage(), e);
        }
        this.executor = Executors.newCachedThreadPool(new DaemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new ExchangeHandler(this, router, verifier));
        server.createContext(AdminHandler.PREFIX, new AdminHandler(resourceDirectory));
        RoaExchangeHandler roa = new RoaExchangeHandler(this, roaRouter, roaVerifier);
        for (String prefix : roaRouter.prefixes()) {
            server.createContext(prefix, roa); // CloudMonitor 2.0's REST paths; RPC stays on "/"
        }
        server.start();
        this.endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return an emulator on a random free port with a fresh random AccessKey, already listening */
    public static AcsEmulator start() {
        return builder().start();
    }

    /** @return a builder for a configured emulator */
    public static Builder builder() {
        return new Builder();
    }

    /** @return where it listens, {@code http://127.0.0.1:<port>}: pass it to a client's {@code endpointOverride} */
    public URI endpoint() {
        return endpoint;
    }

    /** @return the port it listens on */
    public int port() {
        return endpoint.getPort();
    }

    /** @return the AccessKey ID of the default account */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the AccessKey secret of the default account */
    public String accessKeySecret() {
        return accessKeySecret;
    }

    /**
     * Registers another account, with its own contacts. Registering a known ID again keeps its data.
     *
     * @param id the AccessKey ID
     * @param secret the AccessKey secret
     * @return this
     */
    public AcsEmulator addAccount(String id, String secret) {
        if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("an account needs a non-empty AccessKey ID and secret");
        }
        Account existing = accounts.putIfAbsent(id, new Account(id, secret, resourceDirectoryContactLimit));
        if (existing != null && !existing.accessKeySecret().equals(secret)) {
            throw new IllegalArgumentException("the AccessKey ID " + id + " is already registered with another secret");
        }
        return this;
    }

    /**
     * @return the stand-in for the recipients of Resource Directory verifications: {@code verifyEmail(contactId)},
     *     {@code verifyPhone(contactId)}
     */
    public ResourceDirectoryControls resourceDirectory() {
        return resourceDirectory;
    }

    /**
     * @return what a test puts into CloudMonitor 2.0 (Cms 2024-03-30) that has no documented create
     *     operation: on-call schedules and contact groups
     */
    public CloudMonitor2Controls cloudMonitor2() {
        return cloudMonitor2;
    }

    /** @return the faults injected into the next requests */
    public Faults faults() {
        return faults;
    }

    /**
     * @param action an API action such as {@code PutContact}
     * @return how many requests for it arrived (answered, refused, throttled or dropped)
     */
    public int requestCount(String action) {
        return counter.of(action);
    }

    /** @return how many requests arrived in all */
    public int requestCount() {
        return counter.total();
    }

    /** @return the requests received per action, sorted by action */
    public Map<String, Integer> requestCounts() {
        return counter.snapshot();
    }

    /** Forgets every account's data, the seen nonces, the request counts and the pending faults. Accounts stay. */
    public void reset() {
        for (Account a : accounts.values()) {
            a.clear();
        }
        nonces.clear();
        counter.clear();
        faults.clear();
    }

    /** Stops listening and ends its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "AcsEmulator(" + endpoint + ", accessKeyId=" + accessKeyId + ", accounts=" + accounts.size() + ")";
    }

    private String secretOf(String accessKeyId) {
        Account a = accounts.get(accessKeyId);
        return a == null ? null : a.accessKeySecret();
    }

    Account account(String id) {
        return accounts.get(id);
    }

    List<Account> accounts() {
        return new ArrayList<>(accounts.values());
    }

    RequestCounter counter() {
        return counter;
    }

    /** Tells the request log (the standalone command's one line per request), if any, how a request ended. */
    void logRequest(String action, String outcome) {
        if (requestLog != null) {
            requestLog.accept((action == null ? "(no action)" : action) + " " + outcome);
        }
    }

    /** Builder for {@link AcsEmulator}. */
    public static final class Builder {
        private int port;
        private String accessKeyId;
        private String accessKeySecret;
        private Clock clock = Clock.systemUTC();
        private int resourceDirectoryContactLimit = 100;
        private Consumer<String> requestLog;
        private int resourceDirectoryDailyVerificationLimit = 100;

        private Builder() {
        }

        /**
         * @param port the port on 127.0.0.1; 0 (the default) picks a free one
         * @return this
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param id the default account's AccessKey ID (default: random)
         * @return this
         */
        public Builder accessKeyId(String id) {
            this.accessKeyId = id;
            return this;
        }

        /**
         * @param secret the default account's AccessKey secret (default: random)
         * @return this
         */
        public Builder accessKeySecret(String secret) {
            this.accessKeySecret = secret;
            return this;
        }

        /**
         * @param clock the server's clock: timestamps are checked and dates written with it
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = clock == null ? Clock.systemUTC() : clock;
            return this;
        }

        /**
         * @param limit how many Resource Directory message contacts one account may have (default 100;
         *     the real limit is not documented)
         * @return this
         */
        public Builder resourceDirectoryContactLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("resourceDirectoryContactLimit must be at least 1, was " + limit);
            }
            this.resourceDirectoryContactLimit = limit;
            return this;
        }

        /**
         * @param log told one line per request ({@code PutContact 200}, {@code PutContact 400 InvalidParameter},
         *     {@code PutContact dropped}); used by the standalone command, null for none
         * @return this
         */
        Builder requestLog(Consumer<String> log) {
            this.requestLog = log;
            return this;
        }

        /**
         * @param limit how many Resource Directory verification messages (e-mail and phone together) one
         *     account may send per day (UTC) before {@code 409 SendValidateCodeExceedsLimitForAccount}; default
         *     100, the allowance Resource Directory documents for its other verification codes
         * @return this
         */
        public Builder resourceDirectoryDailyVerificationLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("resourceDirectoryDailyVerificationLimit must be at least 1, was " + limit);
            }
            this.resourceDirectoryDailyVerificationLimit = limit;
            return this;
        }

        /**
         * @return the emulator, listening
         * @throws UncheckedIOException when the port cannot be bound
         */
        public AcsEmulator start() {
            return new AcsEmulator(this);
        }
    }

    /** Daemon threads, so a forgotten emulator never keeps a JVM alive. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "acs-emulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
