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
        List<ContenderSpec> specs = Driver.specs(o);
        Map<String, List<Map<String, Double>>> results = Driver.run(o, specs);

        assertEquals(5, results.size());
        for (ContenderSpec c : specs) {
            Map<String, Double> r = results.get(c.name).get(0);
            for (String key : new String[] {"first_call_ms", "st_calls_per_s", "mt_calls_per_s", "st_cpu_us",
                    "st_alloc_bytes"}) {
                assertTrue(r.get(key) > 0, c.name + " " + key + " = " + r.get(key));
            }
            if (!c.name.equals("floor")) {
                assertTrue(r.get("sign_us") > 0, c.name + " sign_us");
            }
            assertTrue(c.runtimeJars() > 0 && c.runtimeMiB() > 0, c.name + " classpath");
        }
        String table = Report.table(specs, results);
        assertTrue(table.contains("| calls/s, 1 thread |"), table);
    }
}
