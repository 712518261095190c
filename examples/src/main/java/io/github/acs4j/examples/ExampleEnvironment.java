package io.github.acs4j.examples;

import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.auth.DefaultCredentialsProvider;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.endpoint.EndpointTable;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.emulator.AcsEmulator;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the examples send their calls: an emulator started for the run (the default: no account, no
 * cost, nothing leaves the machine), or the real cloud in one region with credentials from the default
 * chain. Checks the configuration before anything is sent.
 */
public final class ExampleEnvironment implements AutoCloseable {
    private final AcsEmulator emulator;
    private final String region;
    private final CredentialsProvider credentials;
    private final String suffix;

    private ExampleEnvironment(AcsEmulator emulator, String region, CredentialsProvider credentials, String suffix) {
        this.emulator = emulator;
        this.region = region;
        this.credentials = credentials;
        this.suffix = suffix;
    }

    /**
     * @param options the command line
     * @return the environment it asks for
     * @throws ExampleException for an unknown region or missing credentials
     */
    public static ExampleEnvironment open(ExampleOptions options) {
        return options.live() ? live(options.region(), DefaultCredentialsProvider.create()) : emulated();
    }

    /** @return an environment on a freshly started emulator */
    public static ExampleEnvironment emulated() {
        AcsEmulator emulator = AcsEmulator.start();
        return new ExampleEnvironment(emulator, "cn-hangzhou",
                StaticCredentialsProvider.create(emulator.accessKeyId(), emulator.accessKeySecret()), "");
    }

    /**
     * @param region the region ID
     * @param credentials where the credentials come from
     * @return an environment on the real cloud
     * @throws ExampleException when a product does not know the region, or no credentials are found
     */
    public static ExampleEnvironment live(String region, CredentialsProvider credentials) {
        for (EndpointTable table : new EndpointTable[] {Endpoints.CMS, Endpoints.ARMS, Endpoints.RESOURCE_DIRECTORY}) {
            if (!table.hostByRegion().containsKey(region)) {
                throw new ExampleException("Unknown region '" + region + "': " + table.product()
                        + " has no endpoint there; pick one of " + table.hostByRegion().keySet() + ".");
            }
        }
        try {
            credentials.resolveCredentials();
        } catch (AcsException | IllegalArgumentException e) {
            throw new ExampleException("No Alibaba Cloud credentials found for --live: set ALIBABA_CLOUD_ACCESS_KEY_ID "
                    + "and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure an aliyun CLI profile.");
        }
        // live names carry a random suffix so the examples never touch a contact of yours
        String suffix = randomLetters(4);
        return new ExampleEnvironment(null, region, credentials, suffix);
    }

    /**
     * Points a client builder at this environment.
     *
     * @param builder any acs4j client builder
     * @param <B> the builder type
     * @return the same builder
     */
    public <B extends AcsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(region).credentialsProvider(credentials);
        if (emulator != null) {
            builder.endpointOverride(emulator.endpoint());
        }
        return builder;
    }

    /** @return whether calls go to the real cloud */
    public boolean isLive() {
        return emulator == null;
    }

    /**
     * @return the emulator the calls go to, for what only it can do (such as playing the recipient of a
     *     verification mail)
     * @throws IllegalStateException on the real cloud
     */
    public AcsEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("calls go to the real cloud: there is no emulator");
        }
        return emulator;
    }

    /**
     * @param name a readable base name (letters)
     * @return the name to use: as is on the emulator, with a random suffix on the real cloud
     */
    public String name(String name) {
        return name + suffix;
    }

    /** @return where the calls go, in words */
    public String describe() {
        return isLive() ? "the real Alibaba Cloud, region " + region
                : "an embedded emulator at " + emulator.endpoint() + " (nothing leaves this machine)";
    }

    /** @return how many calls the emulator received, or -1 on the real cloud */
    public int callsReceived() {
        return emulator == null ? -1 : emulator.requestCount();
    }

    /** Stops the emulator, if there is one. */
    @Override
    public void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private static String randomLetters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
