package io.github.acs4j.emulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests arrived, per action and in total, whatever became of them (answered, refused,
 * throttled, dropped), so tests can assert "the server saw N requests".
 */
final class RequestCounter {
    private final Map<String, AtomicInteger> byAction = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    void count(String action) {
        total.incrementAndGet();
        if (action != null && !action.isEmpty()) {
            byAction.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        }
    }

    int total() {
        return total.get();
    }

    int of(String action) {
        AtomicInteger n = byAction.get(action);
        return n == null ? 0 : n.get();
    }

    Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        for (Map.Entry<String, AtomicInteger> e : byAction.entrySet()) {
            copy.put(e.getKey(), e.getValue().get());
        }
        return copy;
    }

    void clear() {
        byAction.clear();
        total.set(0);
    }
}
