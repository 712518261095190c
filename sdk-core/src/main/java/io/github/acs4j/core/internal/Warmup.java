package io.github.acs4j.core.internal;

import io.github.acs4j.core.signing.RpcV1Signer;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads, once per JVM and on a short-lived daemon thread, what the first call would otherwise load on the
 * caller's thread: the digest behind signing, Jackson's parser and slf4j (together about 100 ms on a cold
 * JVM). It starts as the first client is built, so on a machine with a second core it overlaps with
 * building the OkHttp client (whose TLS set-up takes longer) instead of adding to the first call. It has
 * no effect beyond loading and initialising classes.
 */
final class Warmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {
    }

    static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(Warmup::run, "acs4j-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            TreeMap<String, String> params = new TreeMap<>();
            params.put("Action", "Warmup");
            RpcV1Signer.signedForm("POST", params, "warmup");
            JsonTreeReader.read("{\"RequestId\":\"warmup\",\"Success\":true}".getBytes(StandardCharsets.UTF_8));
            LoggerFactory.getLogger(Exchange.class.getName()).isDebugEnabled();
        } catch (Exception | LinkageError e) {
            // only a head start: the first call loads the same classes and reports any real problem itself
        }
    }
}
