package io.github.acs4j.emulator;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.retry.RetryStrategy;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * JUnit 5 extension: starts one {@link AcsEmulator} per test class and injects into test parameters
 * (methods, constructors, lifecycle methods) either the emulator or any acs4j client, ready to call it.
 *
 * <pre>{@code
 * @ExtendWith(AcsEmulatorExtension.class)
 * class ContactsTest {
 *     @Test
 *     void putsAContact(CmsClient cms, AcsEmulator emulator) {
 *         cms.putContact(c -> c.contactName("Alice").describe("on-call").channelsMail("alice@example.com"));
 *         assertEquals(1, emulator.requestCount("PutContact"));
 *     }
 * }
 * }</pre>
 *
 * A client type is any type with a public static {@code builder()} returning an {@link AcsClientBuilder}
 * ({@code CmsClient}, {@code ArmsClient}, {@code ResourceDirectoryClient}, …); it is found by reflection,
 * so this module depends on no product. The client gets the emulator's endpoint and keys, region
 * {@code cn-hangzhou} (for {@code RegionId}) and a retry strategy that does not wait; one client per type is built per class and closed after it. Data is kept across the
 * class's tests (use unique names or call {@link AcsEmulator#reset()}); pending faults are cleared after
 * each test.
 */
public final class AcsEmulatorExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AcsEmulatorExtension.class);
    private static final String EMULATOR = "emulator";

    /** Created by JUnit. */
    public AcsEmulatorExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        emulator(context).faults().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AcsEmulator.class || builderMethod(type) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        AcsEmulator emulator = emulator(context);
        if (type == AcsEmulator.class) {
            return emulator;
        }
        ExtensionContext.Store store = classContext(context).getStore(NAMESPACE);
        ClientResource resource = store.getOrComputeIfAbsent("client:" + type.getName(),
                k -> new ClientResource(build(type, emulator)), ClientResource.class);
        return resource.client;
    }

    /** The emulator of the test class, started on first use and closed when the class is done. */
    private static AcsEmulator emulator(ExtensionContext context) {
        ExtensionContext.Store store = classContext(context).getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(EMULATOR, k -> new EmulatorResource(AcsEmulator.start()),
                EmulatorResource.class).emulator;
    }

    /** The nearest enclosing class-level context, so everything lives as long as the test class. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static Method builderMethod(Class<?> type) {
        try {
            Method m = type.getMethod("builder");
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            return isStatic && AcsClientBuilder.class.isAssignableFrom(m.getReturnType()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object build(Class<?> type, AcsEmulator emulator) {
        try {
            AcsClientBuilder<?, ?> builder = (AcsClientBuilder<?, ?>) builderMethod(type).invoke(null);
            builder.region("cn-hangzhou") // only fills RegionId (ARMS requires it); the endpoint is the emulator
                    .endpointOverride(emulator.endpoint())
                    .credentialsProvider(StaticCredentialsProvider.create(emulator.accessKeyId(), emulator.accessKeySecret()))
                    .retryStrategy(RetryStrategy.builder().sleeper(millis -> { }).build());
            Object client = builder.build();
            return type.cast(client);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new ParameterResolutionException("Cannot build a " + type.getName() + " for the emulator: " + cause, cause);
        }
    }

    /** Closes the emulator with the class's context. */
    private static final class EmulatorResource implements ExtensionContext.Store.CloseableResource {
        final AcsEmulator emulator;

        EmulatorResource(AcsEmulator emulator) {
            this.emulator = emulator;
        }

        @Override
        public void close() {
            emulator.close();
        }
    }

    /** Closes a client with the class's context (before the emulator: the store closes in reverse order). */
    private static final class ClientResource implements ExtensionContext.Store.CloseableResource {
        final Object client;

        ClientResource(Object client) {
            this.client = client;
        }

        @Override
        public void close() throws Exception {
            if (client instanceof AutoCloseable) {
                ((AutoCloseable) client).close();
            }
        }
    }
}
