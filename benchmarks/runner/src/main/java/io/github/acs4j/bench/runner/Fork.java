package io.github.acs4j.bench.runner;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one contender in a fresh JVM ({@code java -cp <its classpath> Worker ...}) and reads its figures;
 * the time to the first completed call is taken here, from the moment the process is launched.
 */
final class Fork {
    private Fork() {
    }

    static Map<String, Double> run(ContenderSpec c, String scenario, String endpoint, Options o) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        cmd.addAll(o.jvmArgs);
        cmd.add("-cp");
        cmd.add(c.classpath);
        cmd.add("io.github.acs4j.bench.Worker");
        cmd.add(c.mainClass);
        cmd.add(endpoint);
        cmd.add(String.valueOf(o.warmupSeconds));
        cmd.add(String.valueOf(o.seconds));
        cmd.add(String.valueOf(o.maxCalls));
        cmd.add(String.valueOf(o.threads));
        cmd.add(scenario);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        // a watchdog, so that even a contender that hangs cannot stretch the run
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(o.forkTimeoutSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                // the fork ended in time
            }
        }, "fork-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Map<String, Double> out = new LinkedHashMap<>();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.equals("FIRST")) {
                    out.put("first_call_ms", (System.nanoTime() - t0) / 1e6);
                } else if (line.startsWith("RESULT")) {
                    for (String kv : line.substring(6).trim().split(" ")) {
                        int i = kv.indexOf('=');
                        out.put(kv.substring(0, i), Double.valueOf(kv.substring(i + 1)));
                    }
                } else {
                    seen.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(o.forkTimeoutSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(c.name + " did not finish in time");
        }
        watchdog.interrupt();
        if (p.exitValue() != 0 || !out.containsKey("st_calls_per_s")) {
            throw new IllegalStateException(c.name + " failed (exit " + p.exitValue() + "): " + seen);
        }
        return out;
    }
}
