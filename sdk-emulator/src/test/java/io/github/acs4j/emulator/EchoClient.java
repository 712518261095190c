package io.github.acs4j.emulator;

import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.retry.RetryStrategy;

import java.net.URI;

/**
 * A stand-in for a product client, shaped like one (a static {@code builder()} returning an
 * {@link AcsClientBuilder}); it records what the builder was given, so the extension's reflection is
 * tested without a product module.
 */
final class EchoClient implements AutoCloseable {
    static int closed;

    final URI endpoint;
    final CredentialsProvider credentials;
    final RetryStrategy retryStrategy;
    final String region;

    private EchoClient(Builder b) {
        this.endpoint = b.endpoint;
        this.credentials = b.credentials;
        this.retryStrategy = b.retry;
        this.region = b.region;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void close() {
        closed++;
    }

    /** Records the shared options. */
    public static final class Builder extends AcsClientBuilder<Builder, EchoClient> {
        private URI endpoint;
        private CredentialsProvider credentials;
        private RetryStrategy retry;
        private String region;

        @Override
        public Builder endpointOverride(URI e) {
            this.endpoint = e;
            return super.endpointOverride(e);
        }

        @Override
        public Builder credentialsProvider(CredentialsProvider p) {
            this.credentials = p;
            return super.credentialsProvider(p);
        }

        @Override
        public Builder retryStrategy(RetryStrategy s) {
            this.retry = s;
            return super.retryStrategy(s);
        }

        @Override
        public Builder region(String r) {
            this.region = r;
            return super.region(r);
        }

        @Override
        public EchoClient build() {
            return new EchoClient(this);
        }
    }
}
