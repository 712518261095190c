package io.github.acs4j.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Remembers each AccessKey's signature nonces for as long as a timestamp stays acceptable, so a replayed
 * request is refused ({@code SignatureNonceUsed}) and memory stays bounded.
 */
final class NonceRegistry {
    private final Duration window;
    private final Map<String, Instant> seen = new HashMap<>();

    NonceRegistry(Duration window) {
        this.window = window;
    }

    /** @return false when this AccessKey already used the nonce inside the window */
    synchronized boolean firstUse(String accessKeyId, String nonce, Instant now) {
        if (seen.size() > 10_000) {
            evictOlderThan(now.minus(window));
        }
        String key = accessKeyId + '\n' + nonce;
        Instant previous = seen.get(key);
        if (previous != null && !previous.isBefore(now.minus(window))) {
            return false;
        }
        seen.put(key, now);
        return true;
    }

    synchronized void clear() {
        seen.clear();
    }

    private void evictOlderThan(Instant limit) {
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(limit)) {
                it.remove();
            }
        }
    }
}
