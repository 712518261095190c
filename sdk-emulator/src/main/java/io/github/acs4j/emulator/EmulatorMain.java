package io.github.acs4j.emulator;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator on its own, so the Alibaba Cloud CLI or another SDK can be pointed at it:
 * {@code java -jar sdk-emulator-<version>-standalone.jar --port 8080 --access-key-id AK --access-key-secret SK}.
 * Options: {@code --port N} (default: a free port), {@code --access-key-id ID} and {@code --access-key-secret SECRET}
 * (together; default: random keys), {@code --quiet} (no line per request). Prints the endpoint and the keys,
 * logs one line per request (action, HTTP status, error code), and serves until stopped (Ctrl+C).
 */
public final class EmulatorMain {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private EmulatorMain() {
    }

    /**
     * @param args {@code [--port N] [--access-key-id ID --access-key-secret SECRET] [--quiet]}
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        AcsEmulator emulator;
        try {
            emulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("acs4j emulator: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("acs4j emulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (emulator == null) {
            return; // --help
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            System.out.println("acs4j emulator stopped.");
            stopped.countDown();
        }, "acs-emulator-shutdown"));
        System.out.println("Serving until stopped (Ctrl+C).");
        stopped.await();
    }

    /**
     * Starts an emulator as the command line asks and prints its endpoint and keys.
     *
     * @param args the command line
     * @param out where to print, and where the request log goes unless {@code --quiet}
     * @return the running emulator, or null when only the usage was asked for
     * @throws IllegalArgumentException for a bad option (the message is one sentence)
     */
    static AcsEmulator start(String[] args, PrintStream out) {
        AcsEmulator.Builder builder = AcsEmulator.builder();
        boolean quiet = false;
        String id = null;
        String secret = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                usage(out);
                return null;
            }
            if (a.equals("--quiet") || a.equals("-q")) {
                quiet = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value.");
            }
            String v = args[++i];
            switch (a) {
                case "--port":
                    try {
                        builder.port(Integer.parseInt(v));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port needs a number, was '" + v + "'.");
                    }
                    break;
                case "--access-key-id":
                    id = v;
                    break;
                case "--access-key-secret":
                    secret = v;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + a + ".");
            }
        }
        if ((id == null) != (secret == null)) {
            throw new IllegalArgumentException("--access-key-id and --access-key-secret go together (or leave both out for random keys).");
        }
        if (!quiet) {
            builder.requestLog(line -> out.println(LocalTime.now().format(TIME) + " " + line));
        }
        AcsEmulator emulator = builder.accessKeyId(id).accessKeySecret(secret).start();
        out.println("acs4j emulator listening on " + emulator.endpoint());
        out.println("  AccessKey ID:     " + emulator.accessKeyId());
        out.println("  AccessKey secret: " + emulator.accessKeySecret());
        out.println("  Speaks Cms 2019-01-01, ARMS 2019-08-08, ResourceDirectoryMaster 2022-04-19 (RPC, V1 and ACS3 signatures).");
        out.println("  And Cms 2024-03-30 (CloudMonitor 2.0 contacts, robots, webhooks, on-call reads) on REST paths, ACS3 signatures.");
        out.println("  Point a client's endpoint at it (plain HTTP) and sign with these keys."
                + (quiet ? "" : " One line per request follows (action, status, error code)."));
        out.println("  A Resource Directory recipient verifies with POST " + emulator.endpoint()
                + "/_emulator/resourcedirectory/verify?contactId=...&kind=email (or kind=phone), from this machine.");
        return emulator;
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar sdk-emulator-<version>-standalone.jar [--port N] "
                + "[--access-key-id ID --access-key-secret SECRET] [--quiet]");
    }
}
