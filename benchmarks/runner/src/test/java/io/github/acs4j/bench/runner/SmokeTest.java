package io.github.acs4j.bench.runner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A few seconds of the real thing, so CI notices a broken harness: every contender, in its own JVM against
 * the local server, must complete calls and produce every figure. Nothing here is timed or compared.
 */
class SmokeTest {
    @Test
    void everyContenderProducesEveryFigure() throws Exception {
        Options o = Options.parse("--rounds=1", "--warmup=0.1", "--seconds=0.2", "--max-calls=200", "--threads=2");
        List<ContenderSpec> specs = Driver.specs(o, Scenario.PUT);
        Map<String, List<Map<String, Double>>> results = Driver.run(o, Scenario.PUT, specs);

        assertEquals(6, results.size());
        for (ContenderSpec c : specs) {
            Map<String, Double> r = results.get(c.name).get(0);
            for (String key : new String[] {"first_call_ms", "st_calls_per_s", "mt_calls_per_s", "st_cpu_us",
                    "st_alloc_bytes"}) {
                assertTrue(r.get(key) > 0, c.name + " " + key + " = " + r.get(key));
            }
            if (!c.name.startsWith("floor")) {
                assertTrue(r.get("sign_us") > 0, c.name + " sign_us");
            }
            assertTrue(c.runtimeJars() > 0 && c.runtimeMiB() > 0, c.name + " classpath");
        }
        String table = Report.table(Scenario.PUT, specs, results);
        assertTrue(table.contains("| calls/s, 1 thread |"), table);
    }

    /** Each list page is read completely (the worker checks all 100 items on every call) by each contender that has it. */
    @Test
    void everyListContenderReadsWholePages() throws Exception {
        Options o = Options.parse("--rounds=1", "--warmup=0.1", "--seconds=0.2", "--max-calls=50", "--threads=2",
                "--scenarios=lists");
        assertEquals(3, o.scenarios.size());
        for (String scenario : o.scenarios) {
            List<ContenderSpec> specs = Driver.specs(o, scenario);
            assertEquals(scenario.equals("list-cms") ? 4 : 2, specs.size(), scenario);
            Map<String, List<Map<String, Double>>> results = Driver.run(o, scenario, specs);
            for (ContenderSpec c : specs) {
                Map<String, Double> r = results.get(c.name).get(0);
                assertTrue(r.get("st_calls_per_s") > 0 && r.get("st_alloc_bytes") > 0, scenario + " " + c.name);
            }
            assertTrue(Report.table(scenario, specs, results).contains("| pages/s, 1 thread |"), scenario);
        }
    }
}
