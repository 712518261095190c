package io.github.acs4j.bench.runner;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's entry point: one local server, then rounds in which every contender runs once in its
 * own fresh JVM, the order rotated each round so that no contender always runs first or last (machine
 * noise then spreads over all of them). Prints the Markdown table and writes it to {@code --output}.
 */
public final class Driver {
    private static final Map<String, String> MAIN_CLASSES = new LinkedHashMap<>();

    static {
        MAIN_CLASSES.put("floor", "io.github.acs4j.bench.floor.BareOkHttp");
        MAIN_CLASSES.put("floor-acs3", "io.github.acs4j.bench.floor.BareOkHttpAcs3");
        MAIN_CLASSES.put("acs4j", "io.github.acs4j.bench.acs4j.Acs4jCms");
        MAIN_CLASSES.put("acs4j-v1", "io.github.acs4j.bench.acs4j.Acs4jCmsV1");
        MAIN_CLASSES.put("official-v1", "io.github.acs4j.bench.v1.OfficialV1");
        MAIN_CLASSES.put("official-v2", "io.github.acs4j.bench.v2.OfficialV2");
    }

    private Driver() {
    }

    /**
     * @param args {@code --name=value} options, see {@link Options}
     * @throws Exception when a contender fails: the run is void
     */
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        long t0 = System.nanoTime();
        StringBuilder tables = new StringBuilder();
        for (String scenario : o.scenarios) {
            List<ContenderSpec> specs = specs(o, scenario);
            Map<String, List<Map<String, Double>>> results = run(o, scenario, specs);
            tables.append("\n### ").append(Scenario.title(scenario)).append("\n\n")
                    .append(Report.table(scenario, specs, results));
        }
        String report = header(o, (System.nanoTime() - t0) / 1e9) + tables;
        System.out.println();
        System.out.println(report);
        File out = o.output != null ? o.output : new File(o.benchmarks, "target/last-run.md");
        out.getAbsoluteFile().getParentFile().mkdirs();
        Files.write(out.toPath(), report.getBytes(StandardCharsets.UTF_8));
        System.out.println("written to " + out.getPath());
    }

    /** @return the chosen contenders that have the scenario's call, the floor first */
    static List<ContenderSpec> specs(Options o, String scenario) throws IOException {
        List<ContenderSpec> specs = new ArrayList<>();
        for (String name : o.contenders) {
            String main = MAIN_CLASSES.get(name);
            if (main == null) {
                throw new IllegalArgumentException("unknown contender " + name + ", known: " + MAIN_CLASSES.keySet());
            }
            // acs4j-v1 and floor-acs3 are other main classes of the acs4j and floor modules
            if (Scenario.has(name, scenario)) {
                String module = name.startsWith("acs4j") ? "acs4j" : name.startsWith("floor") ? "floor" : name;
                specs.add(ContenderSpec.of(o.benchmarks, module, name, main, Scenario.listOnlyLibraries(name)));
            }
        }
        return specs;
    }

    /** @return per contender, the figures of each round of the scenario */
    static Map<String, List<Map<String, Double>>> run(Options o, String scenario, List<ContenderSpec> specs)
            throws Exception {
        Map<String, List<Map<String, Double>>> results = new LinkedHashMap<>();
        for (ContenderSpec c : specs) {
            results.put(c.name, new ArrayList<>());
        }
        try (LocalServer server = new LocalServer()) {
            for (int round = 0; round < o.rounds; round++) {
                for (int i = 0; i < specs.size(); i++) {
                    ContenderSpec c = specs.get((i + round) % specs.size());
                    Map<String, Double> r = Fork.run(c, scenario, server.endpoint(), o);
                    results.get(c.name).add(r);
                    System.err.printf(Locale.ROOT, "%s round %d/%d %-12s %,10.0f /s 1 thread, %,10.0f on %d,"
                                    + " %,8.1f µs CPU, %,8.0f B, first call %,6.0f ms%n", scenario, round + 1, o.rounds,
                            c.name, r.get("st_calls_per_s"), r.get("mt_calls_per_s"), o.threads, r.get("st_cpu_us"),
                            r.get("st_alloc_bytes"), r.get("first_call_ms"));
                }
            }
            if (server.rejected() > 0) {
                throw new IllegalStateException(server.rejected() + " requests were not an action the server knows");
            }
        }
        return results;
    }

    private static String header(Options o, double seconds) {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Run of %s: %s %s (%s), %s %s, %d CPUs; %d rounds, %.1f s warm-up,"
                        + " %.1f s per phase, %d threads; took %.0f s.%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getVmVendor(),
                System.getProperty("os.name"), System.getProperty("os.arch"), rt.availableProcessors(),
                o.rounds, o.warmupSeconds, o.seconds, o.threads, seconds);
    }
}
