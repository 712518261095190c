package io.github.acs4j.examples;

import java.util.Arrays;
import java.util.List;

/**
 * The examples' command line: nothing (the embedded emulator), or {@code --live [--region ID]} for the
 * real cloud with credentials from the default chain.
 */
public final class ExampleOptions {
    /** The region used with {@code --live} when none is given. */
    public static final String DEFAULT_REGION = "cn-hangzhou";

    private final boolean live;
    private final String region;

    private ExampleOptions(boolean live, String region) {
        this.live = live;
        this.region = region;
    }

    /**
     * @param args the program's arguments
     * @return the options
     * @throws ExampleException (one sentence) for an unknown or incomplete option
     */
    public static ExampleOptions parse(String... args) {
        boolean live = false;
        String region = null;
        List<String> list = Arrays.asList(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.equals("--live")) {
                live = true;
            } else if (a.equals("--region")) {
                if (i + 1 >= list.size() || list.get(i + 1).startsWith("--")) {
                    throw new ExampleException("--region needs a region ID, for example --region cn-hangzhou.");
                }
                region = list.get(++i);
            } else if (a.equals("--help") || a.equals("-h")) {
                throw new ExampleException(usage());
            } else {
                throw new ExampleException("Unknown option '" + a + "'; " + usage());
            }
        }
        if (region != null && !live) {
            throw new ExampleException("--region only applies with --live (the emulator has no regions).");
        }
        return new ExampleOptions(live, region != null ? region : DEFAULT_REGION);
    }

    /** @return the usage line */
    public static String usage() {
        return "usage: [--live [--region ID]] (without --live the examples run against an embedded emulator).";
    }

    /** @return whether to call the real cloud */
    public boolean live() {
        return live;
    }

    /** @return the region for {@code --live} */
    public String region() {
        return region;
    }
}
