package io.github.acs4j.emulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator on its own, so the Alibaba Cloud CLI or another SDK can be pointed at it:
 * {@code --port 8080} (default: a free port), {@code --access-key-id ID}, {@code --access-key-secret SECRET}
 * (default: random). Prints the endpoint and the keys, then serves until stopped (Ctrl+C).
 */
public final class EmulatorMain {
    private EmulatorMain() {
    }

    /**
     * @param args {@code [--port N] [--access-key-id ID] [--access-key-secret SECRET]}
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        AcsEmulator emulator;
        try {
            emulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("acs4j emulator: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("acs4j emulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (emulator == null) {
            return; // --help
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "acs-emulator-shutdown"));
        System.out.println("Serving until stopped (Ctrl+C).");
        stopped.await();
    }

    /**
     * Starts an emulator as the command line asks and prints its endpoint and keys.
     *
     * @param args the command line
     * @param out where to print
     * @return the running emulator, or null when only the usage was asked for
     * @throws IllegalArgumentException for a bad option (the message is one sentence)
     */
    static AcsEmulator start(String[] args, PrintStream out) {
        AcsEmulator.Builder builder = AcsEmulator.builder();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                usage(out);
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value.");
            }
            String v = args[++i];
            switch (a) {
                case "--port":
                    try {
                        builder.port(Integer.parseInt(v));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port needs a number, was '" + v + "'.");
                    }
                    break;
                case "--access-key-id":
                    builder.accessKeyId(v);
                    break;
                case "--access-key-secret":
                    builder.accessKeySecret(v);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + a + ".");
            }
        }
        AcsEmulator emulator = builder.start();
        out.println("acs4j emulator listening on " + emulator.endpoint());
        out.println("  AccessKey ID:     " + emulator.accessKeyId());
        out.println("  AccessKey secret: " + emulator.accessKeySecret());
        out.println("  Speaks Cms 2019-01-01, ARMS 2019-08-08, ResourceDirectoryMaster 2022-04-19 (RPC, V1 and ACS3 signatures).");
        out.println("  Point a client's endpoint at it (plain HTTP) and sign with these keys.");
        return emulator;
    }

    private static void usage(PrintStream out) {
        out.println("usage: EmulatorMain [--port N] [--access-key-id ID] [--access-key-secret SECRET]");
    }
}
