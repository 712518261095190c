package io.github.acs4j.examples;

/**
 * The whole tour: CloudMonitor, ARMS and Resource Directory contact life cycles in one run. This is what
 * the README's examples command runs: {@code mvn -B -q -DskipTests -pl examples -am package exec:java}
 * (embedded emulator), or with {@code -Dexec.args="--live --region cn-hangzhou"} against your account.
 */
public final class AllProductsExample {
    private AllProductsExample() {
    }

    /**
     * @param args {@code [--live [--region ID]]}
     */
    public static void main(String[] args) {
        ExampleRunner.run(args, AllProductsExample::run);
    }

    /**
     * Runs the three life cycles.
     *
     * @param env where to send the calls
     * @param say where to report each step
     */
    public static void run(ExampleEnvironment env, Narrator say) {
        CmsContactsExample.run(env, say);
        ArmsContactsExample.run(env, say);
        ResourceDirectoryContactsExample.run(env, say);
    }
}
