package io.github.acs4j.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every exception (message, causes, stack trace), response and request {@code toString()} the
 * suite sees, for {@link SecretsNeverLeakTest} to scan.
 */
final class Leaks {
    private static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());

    private Leaks() {
    }

    /** @param o anything the SDK produced: an exception, a response, a request */
    static <T> T record(T o) {
        if (o instanceof Throwable) {
            StringWriter w = new StringWriter();
            ((Throwable) o).printStackTrace(new PrintWriter(w));
            SEEN.add(w.toString());
        } else {
            SEEN.add(String.valueOf(o));
        }
        return o;
    }

    static List<String> seen() {
        synchronized (SEEN) {
            return new ArrayList<>(SEEN);
        }
    }
}
