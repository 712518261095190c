package io.github.acs4j.roster.cli;

import io.github.acs4j.roster.Product;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The command line, parsed by hand (a handful of options does not need a library). */
final class CliOptions {
    static final String USAGE = String.join("\n",
            "usage: roster <plan|apply|drift|export> [options]",
            "  -f, --file PATH      the roster file (YAML); with --emulator, default: the built-in sample",
            "      --emulator       run against an embedded emulator seeded with a sample state",
            "      --prune          also delete contacts and groups that are not in the roster (made by hand)",
            "      --output FORMAT  table (default) or json",
            "      --region ID      region for the clients (default cn-hangzhou)",
            "      --products LIST  export: cms,arms,resourceDirectory (default: the roster's, else all three)",
            "      --out PATH       export: write the roster here instead of to standard output",
            "      --no-color       no colours even on a terminal",
            "exit codes: 0 done / no drift, 1 a step or a read failed or something is not supported,",
            "            2 bad command line or invalid roster, 3 drift found");

    String command;
    String file;
    boolean emulator;
    boolean prune;
    boolean json;
    boolean noColor;
    String region = "cn-hangzhou";
    Set<Product> products;
    String out;

    static CliOptions parse(String[] args) {
        CliOptions o = new CliOptions();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-f":
                case "--file":
                    o.file = value(args, ++i, a);
                    break;
                case "--emulator":
                    o.emulator = true;
                    break;
                case "--prune":
                    o.prune = true;
                    break;
                case "--no-color":
                    o.noColor = true;
                    break;
                case "--output":
                    String format = value(args, ++i, a);
                    if (!format.equals("json") && !format.equals("table")) {
                        throw new UsageException("--output takes table or json, was " + format);
                    }
                    o.json = format.equals("json");
                    break;
                case "--region":
                    o.region = value(args, ++i, a);
                    break;
                case "--products":
                    o.products = products(value(args, ++i, a));
                    break;
                case "--out":
                    o.out = value(args, ++i, a);
                    break;
                default:
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    rest.add(a);
            }
        }
        if (rest.isEmpty()) {
            throw new UsageException("a command is needed: plan, apply, drift or export");
        }
        o.command = rest.get(0);
        if (!o.command.matches("plan|apply|drift|export")) {
            throw new UsageException("unknown command " + o.command + "; expected plan, apply, drift or export");
        }
        if (rest.size() > 2 || rest.size() == 2 && o.file != null) {
            throw new UsageException("one roster file at most, got " + rest.subList(1, rest.size()));
        }
        if (rest.size() == 2) {
            o.file = rest.get(1);
        }
        if (o.file == null && !o.emulator && !o.command.equals("export")) {
            throw new UsageException("a roster file is needed (-f roster.yaml), or --emulator for the sample");
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static Set<Product> products(String list) {
        Set<Product> out = EnumSet.noneOf(Product.class);
        for (String key : list.split(",")) {
            Product p = Product.fromKey(key.trim());
            if (p == null) {
                throw new UsageException("--products takes cms, arms, resourceDirectory; unknown: " + key);
            }
            out.add(p);
        }
        return out;
    }

    /** A bad command line: exit code 2 with the usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
