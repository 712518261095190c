package io.github.acs4j.contract;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms2.Cms2Client;
import io.github.acs4j.core.auth.EnvironmentCredentialsProvider;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a contract suite against the real Alibaba Cloud, and only when asked twice: the flag
 * {@code -Dacs4j.live=true} AND {@code ALIBABA_CLOUD_ACCESS_KEY_ID}/{@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}
 * in the environment. Otherwise the suite is skipped with a message saying what is missing, so CI never
 * reaches a real endpoint. Region: {@code -Dacs4j.live.region} (default {@code cn-hangzhou}).
 */
final class LiveCloud implements ExecutionCondition, ParameterResolver {
    static final String FLAG = "acs4j.live";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean(FLAG)) {
            return ConditionEvaluationResult.disabled("live contract tests skipped: pass -D" + FLAG
                    + "=true (with credentials in the environment) to run them against the real cloud");
        }
        if (isBlank(System.getenv(EnvironmentCredentialsProvider.ACCESS_KEY_ID))
                || isBlank(System.getenv(EnvironmentCredentialsProvider.ACCESS_KEY_SECRET))) {
            return ConditionEvaluationResult.disabled("live contract tests skipped: -D" + FLAG + "=true is set but "
                    + EnvironmentCredentialsProvider.ACCESS_KEY_ID + " and " + EnvironmentCredentialsProvider.ACCESS_KEY_SECRET
                    + " are not both in the environment");
        }
        return ConditionEvaluationResult.enabled("live contract tests against region " + region());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> t = parameter.getParameter().getType();
        return t == CmsClient.class || t == Cms2Client.class || t == ArmsClient.class || t == ResourceDirectoryClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> t = parameter.getParameter().getType();
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(LiveCloud.class));
        return store.getOrComputeIfAbsent(t.getName(), k -> new Closing(build(t)), Closing.class).client;
    }

    private static AutoCloseable build(Class<?> t) {
        EnvironmentCredentialsProvider credentials = EnvironmentCredentialsProvider.create();
        if (t == CmsClient.class) {
            return CmsClient.builder().region(region()).credentialsProvider(credentials).build();
        }
        if (t == Cms2Client.class) {
            return Cms2Client.builder().region(region()).credentialsProvider(credentials).build();
        }
        if (t == ArmsClient.class) {
            return ArmsClient.builder().region(region()).credentialsProvider(credentials).build();
        }
        return ResourceDirectoryClient.builder().region(region()).credentialsProvider(credentials).build();
    }

    static String region() {
        return System.getProperty(FLAG + ".region", "cn-hangzhou");
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    /** Closes a live client when the run ends. */
    private static final class Closing implements ExtensionContext.Store.CloseableResource {
        final AutoCloseable client;

        Closing(AutoCloseable client) {
            this.client = client;
        }

        @Override
        public void close() throws Exception {
            client.close();
        }
    }
}
