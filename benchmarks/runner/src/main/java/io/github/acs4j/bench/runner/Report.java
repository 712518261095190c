package io.github.acs4j.bench.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the rounds into one Markdown table: per contender the median and the spread (min to max) over the
 * rounds, and the median's ratio to the floor's median; the last column checks acs4j against its target.
 */
final class Report {
    private Report() {
    }

    /** One row of the table. */
    private static final class Figure {
        final String key;
        final String label;
        final String format;
        final double target;
        final boolean atLeast;
        final boolean absoluteTarget;

        Figure(String key, String label, String format, double target, boolean atLeast, boolean absoluteTarget) {
            this.key = key;
            this.label = label;
            this.format = format;
            this.target = target;
            this.atLeast = atLeast;
            this.absoluteTarget = absoluteTarget;
        }
    }

    private static final List<Figure> FIGURES = new ArrayList<>();
    /** A list page: the targets of issue 17 are ratios to the floor (bare OkHttp + readTree walk). */
    private static final List<Figure> LIST_FIGURES = new ArrayList<>();

    static {
        FIGURES.add(new Figure("st_calls_per_s", "calls/s, 1 thread", "%,.0f", 0.95, true, false));
        FIGURES.add(new Figure("mt_calls_per_s", "calls/s, 16 threads", "%,.0f", 0.90, true, false));
        FIGURES.add(new Figure("st_cpu_us", "client CPU µs/call (process, 1 thread)", "%,.1f", 1.15, false, false));
        FIGURES.add(new Figure("st_thread_cpu_us", "CPU µs/call of the calling thread", "%,.1f", Double.NaN, false, false));
        FIGURES.add(new Figure("mt_cpu_us", "client CPU µs/call (process, 16 threads)", "%,.1f", Double.NaN, false, false));
        FIGURES.add(new Figure("st_alloc_bytes", "bytes allocated/call (calling thread)", "%,.0f", 16 * 1024, false, true));
        FIGURES.add(new Figure("sign_us", "signing only, µs/request", "%,.2f", 2.0, false, true));
        FIGURES.add(new Figure("sign_alloc_bytes", "signing only, bytes allocated/request", "%,.0f", Double.NaN, false, true));
        FIGURES.add(new Figure("first_call_ms", "JVM launch to first completed call, ms", "%,.0f", 1.10, false, false));
        LIST_FIGURES.add(new Figure("st_calls_per_s", "pages/s, 1 thread", "%,.0f", Double.NaN, true, false));
        LIST_FIGURES.add(new Figure("mt_calls_per_s", "pages/s, 16 threads", "%,.0f", Double.NaN, true, false));
        LIST_FIGURES.add(new Figure("st_cpu_us", "client CPU µs/page (process, 1 thread)", "%,.1f", 1.10, false, false));
        LIST_FIGURES.add(new Figure("st_thread_cpu_us", "CPU µs/page of the calling thread", "%,.1f", 1.10, false, false));
        LIST_FIGURES.add(new Figure("st_alloc_bytes", "bytes allocated/page (calling thread)", "%,.0f", 1.2, false, false));
        LIST_FIGURES.add(new Figure("first_call_ms", "JVM launch to first page read, ms", "%,.0f", Double.NaN, false, false));
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    static List<Double> values(List<Map<String, Double>> rounds, String key) {
        List<Double> out = new ArrayList<>();
        for (Map<String, Double> r : rounds) {
            Double d = r.get(key);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    static String table(String scenario, List<ContenderSpec> specs, Map<String, List<Map<String, Double>>> results) {
        boolean put = scenario.equals(Scenario.PUT);
        StringBuilder sb = new StringBuilder();
        sb.append("| figure (median [min–max] over rounds; × = ratio to the floor's median) |");
        for (ContenderSpec c : specs) {
            sb.append(' ').append(c.name).append(" |");
        }
        sb.append(" acs4j target |\n|---|");
        for (int i = 0; i < specs.size(); i++) {
            sb.append("---|");
        }
        sb.append("---|\n");
        List<Map<String, Double>> floorRounds = results.get(specs.get(0).name);
        for (Figure f : put ? FIGURES : LIST_FIGURES) {
            double floor = median(values(floorRounds, f.key));
            sb.append("| ").append(f.label).append(" |");
            for (ContenderSpec c : specs) {
                List<Double> v = values(results.get(c.name), f.key);
                if (v.isEmpty()) {
                    sb.append(" n/a |");
                    continue;
                }
                double m = median(v);
                sb.append(' ').append(fmt(f.format, m)).append(" [").append(fmt(f.format, Collections.min(v)))
                        .append('–').append(fmt(f.format, Collections.max(v))).append(']');
                if (!Double.isNaN(floor) && c != specs.get(0)) {
                    sb.append(String.format(Locale.ROOT, " %.2f×", m / floor));
                }
                sb.append(" |");
            }
            sb.append(' ').append(verdict(f, results.get("acs4j"), floor)).append(" |\n");
        }
        if (!put) {
            return sb.toString();
        }
        sb.append("| runtime jars / MiB |");
        for (ContenderSpec c : specs) {
            sb.append(String.format(Locale.ROOT, " %d / %.1f |", c.runtimeJars(), c.runtimeMiB()));
        }
        ContenderSpec acs4j = find(specs, "acs4j");
        sb.append(acs4j == null ? " ≤ 10 / ≤ 6 |" : String.format(Locale.ROOT, " ≤ 10 / ≤ 6: %s |",
                acs4j.runtimeJars() <= 10 && acs4j.runtimeMiB() <= 6 ? "met" : "missed"));
        sb.append('\n');
        return sb.toString();
    }

    private static String verdict(Figure f, List<Map<String, Double>> acs4j, double floor) {
        if (Double.isNaN(f.target)) {
            return "";
        }
        String want = (f.atLeast ? "≥ " : "≤ ") + (f.absoluteTarget ? fmt("%,.0f", f.target).equals("2")
                ? "2 µs" : fmt(f.format, f.target) : f.target + "× floor");
        if (acs4j == null || values(acs4j, f.key).isEmpty()) {
            return want;
        }
        double m = median(values(acs4j, f.key));
        double compared = f.absoluteTarget ? m : m / floor;
        boolean met = f.atLeast ? compared >= f.target : compared <= f.target;
        return want + ": " + (met ? "met" : "missed");
    }

    private static ContenderSpec find(List<ContenderSpec> specs, String name) {
        for (ContenderSpec c : specs) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String fmt(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }
}
