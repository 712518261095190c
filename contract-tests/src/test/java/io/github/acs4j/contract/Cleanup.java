package io.github.acs4j.contract;

/**
 * Best-effort clean-up after a contract test, so a failed live run leaves nothing behind; its own
 * failures are ignored because the test's failure is the one worth reporting.
 */
final class Cleanup {
    private Cleanup() {
    }

    static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // already gone, or the test failed first
        }
    }
}
