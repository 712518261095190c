package io.github.acs4j.core.auth;

import java.util.function.Supplier;

/**
 * A provider that builds the provider it delegates to at the first call, once (profile files are read only
 * when credentials are needed, and the provider they describe is then kept so role credentials refresh in
 * place). A failed build is not remembered: the next call tries again.
 */
final class LazyCredentialsProvider implements CredentialsProvider {
    private final Supplier<CredentialsProvider> loader;
    private volatile CredentialsProvider delegate;

    LazyCredentialsProvider(Supplier<CredentialsProvider> loader) {
        this.loader = loader;
    }

    @Override
    public Credentials resolveCredentials() {
        CredentialsProvider d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = loader.get();
                    delegate = d;
                }
            }
        }
        return d.resolveCredentials();
    }
}
