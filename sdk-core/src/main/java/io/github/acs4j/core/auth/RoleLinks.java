package io.github.acs4j.core.auth;

import io.github.acs4j.core.client.ProxyConfiguration;
import io.github.acs4j.core.internal.StsClient;

import java.net.URI;
import java.time.Clock;

/**
 * What the profile files need to build their role-based modes (RAM role ARN, ECS RAM role): where STS
 * and instance metadata answer, the proxy rule for STS, and the clock. One value handed down from the chain's builder.
 */
final class RoleLinks {
    final URI stsEndpoint;
    final URI ecsMetadataEndpoint;
    final Clock clock;
    final ProxyConfiguration proxies;

    RoleLinks(URI stsEndpoint, URI ecsMetadataEndpoint, Clock clock, ProxyConfiguration proxies) {
        this.proxies = proxies == null ? ProxyConfiguration.fromEnvironment() : proxies;
        this.stsEndpoint = stsEndpoint == null ? StsClient.DEFAULT_ENDPOINT : stsEndpoint;
        this.ecsMetadataEndpoint = ecsMetadataEndpoint == null ? EcsRamRoleCredentialsProvider.DEFAULT_ENDPOINT
                : ecsMetadataEndpoint;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    static RoleLinks defaults() {
        return new RoleLinks(null, null, null, null);
    }

    CredentialsProvider ramRoleArn(Credentials source, String roleArn, String sessionName, Integer durationSeconds,
                                   String policy, String externalId) {
        RamRoleArnCredentialsProvider.Builder b = RamRoleArnCredentialsProvider.builder()
                .sourceCredentialsProvider(StaticCredentialsProvider.create(source)).roleArn(roleArn)
                .roleSessionName(sessionName).policy(policy).externalId(externalId)
                .stsEndpoint(stsEndpoint).proxyConfiguration(proxies).clock(clock);
        if (durationSeconds != null) {
            b.durationSeconds(durationSeconds);
        }
        return b.build();
    }

    CredentialsProvider ecsRamRole(String roleName) {
        return EcsRamRoleCredentialsProvider.builder().roleName(roleName).endpoint(ecsMetadataEndpoint).clock(clock)
                .build();
    }
}
