package io.github.acs4j.bench.runner;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run settings, from {@code --name=value} arguments. The defaults keep a full run of five contenders
 * well under ten minutes on two cores: each fork is bounded by its phases' seconds, whatever the speed.
 */
final class Options {
    int rounds = 5;
    double warmupSeconds = 10; // acs4j reached its steady state only after about 10 s of calls (JIT)
    double seconds = 3;
    long maxCalls = 300_000;
    int threads = 16;
    File benchmarks;
    File output;
    List<String> contenders = new ArrayList<>(Arrays.asList("floor", "floor-acs3", "acs4j", "acs4j-v1", "official-v1",
            "official-v2"));
    List<String> jvmArgs = new ArrayList<>();
    /** PutContact and the three list pages; {@code --scenarios=put} or {@code --scenarios=lists} runs one kind. */
    List<String> scenarios = new ArrayList<>(Arrays.asList(Scenario.ALL));

    static Options parse(String... args) {
        Options o = new Options();
        for (String a : args) {
            int i = a.indexOf('=');
            String k = i < 0 ? a : a.substring(0, i);
            String v = i < 0 ? "" : a.substring(i + 1);
            switch (k) {
                case "--rounds": o.rounds = Integer.parseInt(v); break;
                case "--warmup": o.warmupSeconds = Double.parseDouble(v); break;
                case "--seconds": o.seconds = Double.parseDouble(v); break;
                case "--max-calls": o.maxCalls = Long.parseLong(v); break;
                case "--threads": o.threads = Integer.parseInt(v); break;
                case "--benchmarks": o.benchmarks = new File(v); break;
                case "--output": o.output = new File(v); break;
                case "--only": o.contenders = new ArrayList<>(Arrays.asList(v.split(","))); break;
                case "--jvm-arg": o.jvmArgs.add(v); break;
                case "--scenarios": o.scenarios = Scenario.parse(v); break;
                default: throw new IllegalArgumentException("unknown option " + a + "; known: --rounds --warmup"
                        + " --seconds --max-calls --threads --benchmarks --output --only --jvm-arg --scenarios");
            }
        }
        if (o.benchmarks == null) {
            o.benchmarks = new File("benchmarks/floor").isDirectory() ? new File("benchmarks")
                    : new File("../floor").isDirectory() ? new File("..") : new File(".");
        }
        return o;
    }

    /** Start-up, the phases, and a generous margin for a slow machine. */
    long forkTimeoutSeconds() {
        return (long) (30 + warmupSeconds + Math.min(warmupSeconds, 1) + 3.5 * seconds) + 30;
    }
}
