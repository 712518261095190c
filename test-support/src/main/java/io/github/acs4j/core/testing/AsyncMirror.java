package io.github.acs4j.core.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Checks that an async client offers every operation and paginator of its blocking twin, so the two
 * cannot drift apart when an operation is added to one of them.
 */
public final class AsyncMirror {
    private AsyncMirror() {
    }

    /**
     * @param sync the blocking client interface
     * @param async the async client interface
     * @throws AssertionError listing every operation or paginator the async client lacks
     */
    public static void assertMirrors(Class<?> sync, Class<?> async) {
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Method m : sync.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 1
                    || !m.getParameterTypes()[0].getSimpleName().endsWith("Request")) {
                continue;
            }
            operations++;
            Method twin;
            try {
                twin = async.getMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                missing.add(m.getName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")");
                continue;
            }
            if (m.getName().endsWith("Paginator")) {
                continue;
            }
            Type t = twin.getGenericReturnType();
            boolean ok = t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == CompletableFuture.class
                    && ((ParameterizedType) t).getActualTypeArguments()[0].equals(m.getGenericReturnType()); // waiters: WaiterResult<X>
            if (!ok) {
                missing.add(m.getName() + " returning CompletableFuture<" + m.getReturnType().getSimpleName() + ">");
            }
        }
        if (operations == 0) {
            throw new AssertionError(sync.getSimpleName() + " has no operations: wrong class?");
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(async.getSimpleName() + " lacks " + missing + " of " + sync.getSimpleName()
                    + ". Add each to the async interface and its Default implementation (runtime.invokeAsync with"
                    + " the same Operation), and a paginator where the blocking client has one.");
        }
    }
}
