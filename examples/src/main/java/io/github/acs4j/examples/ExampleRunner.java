package io.github.acs4j.examples;

import io.github.acs4j.core.exception.AcsException;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Runs an example from {@code main}: reads the options, opens the environment, prints a header and a
 * closing summary, and turns any failure into one sentence on standard error and exit status 1.
 */
final class ExampleRunner {
    private ExampleRunner() {
    }

    /** Runs {@code body} for a {@code main} and exits with 1 on failure. */
    static void run(String[] args, BiConsumer<ExampleEnvironment, Narrator> body) {
        int status = runAndReport(args, body, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * @return 0 on success, 1 after printing one sentence to {@code err}
     */
    static int runAndReport(String[] args, BiConsumer<ExampleEnvironment, Narrator> body, PrintStream out, PrintStream err) {
        try {
            ExampleOptions options = ExampleOptions.parse(args);
            try (ExampleEnvironment env = ExampleEnvironment.open(options)) {
                Narrator say = new Narrator(out);
                say.line("acs4j examples against " + env.describe() + ".");
                long start = System.nanoTime();
                body.accept(env, say);
                long millis = (System.nanoTime() - start) / 1_000_000;
                say.line("");
                say.line(String.format(Locale.ROOT, "Done: %d calls, all as expected, in %.1f s.%s", say.calls(),
                        millis / 1000.0, env.isLive() ? ""
                                : " The emulator received " + env.callsReceived() + " requests; to run against your own "
                                + "account add -Dexec.args=\"--live --region cn-hangzhou\" (credentials from the environment or your aliyun CLI profile)."));
            }
            return 0;
        } catch (ExampleException e) {
            err.println(e.getMessage());
        } catch (AcsException e) {
            err.println("The example stopped: " + e.getMessage());
        }
        return 1;
    }

    /** Runs a clean-up step, ignoring its failure (the object may already be gone). */
    static void quietly(Runnable cleanup) {
        try {
            cleanup.run();
        } catch (RuntimeException ignored) {
            // already deleted, or the example failed first and that failure is the one to report
        }
    }
}
