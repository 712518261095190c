package io.github.acs4j.core.testing;

import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.internal.Operation;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.function.Executable;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** For the tests of answers that only look like successes: incomplete bodies and pages that do not move. */
public final class IncompleteAnswers {
    /** How many times {@link #serveTheSamePage} serves the page before the empty one. */
    public static final int SAME_PAGE_LIMIT = 50;

    private IncompleteAnswers() {
    }

    /**
     * Answers every request with {@code page}, and after {@link #SAME_PAGE_LIMIT} requests with
     * {@code emptyPage}, so that a paginator without the progress check ends too (and the test fails).
     *
     * @param server the server
     * @param page the page served again and again
     * @param emptyPage a page without items
     */
    public static void serveTheSamePage(MockWebServer server, String page, String emptyPage) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return Bodies.json(200, server.getRequestCount() <= SAME_PAGE_LIMIT ? page : emptyPage);
            }
        });
    }

    /**
     * @param call an async call
     * @return the {@link IncompleteResponseException} it failed with (asserted)
     */
    public static IncompleteResponseException failure(CompletableFuture<?> call) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(30, TimeUnit.SECONDS));
        return assertInstanceOf(IncompleteResponseException.class, e.getCause());
    }

    /**
     * Answers the next request with {@code body} and runs a blocking call that must fail as incomplete.
     *
     * @param server the server
     * @param body the HTTP-200 answer
     * @param call the call
     * @return the fields the exception names as missing
     */
    public static List<String> missing(MockWebServer server, String body, Executable call) {
        server.enqueue(Bodies.json(200, body));
        return assertThrows(IncompleteResponseException.class, call).missingFields();
    }

    /**
     * Like {@link #missing}, for an async call.
     *
     * @param server the server
     * @param body the HTTP-200 answer
     * @param call starts the call
     * @return the fields the exception names as missing
     */
    public static List<String> missingAsync(MockWebServer server, String body, Supplier<CompletableFuture<?>> call) {
        server.enqueue(Bodies.json(200, body));
        return failure(call.get()).missingFields();
    }

    /**
     * @param holder a product's {@code *Operations} class
     * @return the operations it declares as static fields
     */
    public static List<Operation<?, ?>> declaredIn(Class<?> holder) {
        List<Operation<?, ?>> ops = new ArrayList<>();
        for (Field f : holder.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Operation.class) {
                f.setAccessible(true);
                try {
                    ops.add((Operation<?, ?>) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return ops;
    }
}
