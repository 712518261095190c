package io.github.acs4j.roster.cli;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.roster.ApplyResult;
import io.github.acs4j.roster.InvalidRosterException;
import io.github.acs4j.roster.Plan;
import io.github.acs4j.roster.Product;
import io.github.acs4j.roster.Roster;
import io.github.acs4j.roster.RosterSync;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code roster} command: {@code plan}, {@code apply}, {@code drift} and {@code export}, against the
 * products (credentials from acs4j's default chain) or, with {@code --emulator}, an embedded emulator seeded
 * with a sample state.
 */
public final class RosterMain {
    /** Done, or no drift. */
    public static final int OK = 0;
    /** A step or a read failed, or the roster asks for something not supported yet. */
    public static final int FAILED = 1;
    /** Bad command line or invalid roster; nothing was sent. */
    public static final int INVALID = 2;
    /** {@code drift}: the live state differs from the roster. */
    public static final int DRIFT = 3;

    /** The actions that write, of every product and variant: what counts as a write request in an emulator. */
    public static final Set<String> WRITE_ACTIONS = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            "PutContact", "PutContactGroup", "DeleteContact", "DeleteContactGroup",
            "CreateAlertContact", "UpdateAlertContact", "DeleteAlertContact",
            "CreateAlertContactGroup", "UpdateAlertContactGroup", "DeleteAlertContactGroup",
            "CreateOrUpdateContact", "CreateOrUpdateContactGroup",
            "AddMessageContact", "UpdateMessageContact", "DeleteMessageContact")));

    private RosterMain() {
    }

    /**
     * Runs the command and exits with its code (returns normally on success).
     *
     * @param args the command line; {@code --help} for the usage
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * Runs the command, writing to the given streams.
     *
     * @param args the command line
     * @param out standard output: the plan, progress, summary, JSON or exported roster
     * @param err standard error: problems (and, with JSON output, the progress)
     * @return the exit code: {@link #OK}, {@link #FAILED}, {@link #INVALID} or {@link #DRIFT}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.println(CliOptions.USAGE);
            return OK;
        }
        CliOptions o;
        Roster roster;
        try {
            o = CliOptions.parse(args);
            roster = o.file != null ? Roster.load(Paths.get(o.file))
                    : o.command.equals("export") ? null : sample();
        } catch (CliOptions.UsageException e) {
            err.println("roster: " + e.getMessage());
            err.println(CliOptions.USAGE);
            return INVALID;
        } catch (InvalidRosterException e) {
            err.println(e.getMessage());
            return INVALID;
        }
        Report report = new Report(new Style(!o.json && out == System.out && Style.terminal(o.noColor)));
        if (o.emulator) {
            try (AcsEmulator emulator = AcsEmulator.start()) {
                return withClients(o, roster, report, out, err, emulator);
            }
        }
        return withClients(o, roster, report, out, err, null);
    }

    private static int withClients(CliOptions o, Roster roster, Report report, PrintStream out, PrintStream err,
                                   AcsEmulator emulator) {
        try (CmsClient cms = configure(CmsClient.builder(), o, emulator).build();
             ArmsClient arms = configure(ArmsClient.builder(), o, emulator).build();
             ResourceDirectoryClient rd = configure(ResourceDirectoryClient.builder(), o, emulator).build()) {
            if (emulator != null) {
                SampleState.seed(cms, arms, rd);
                err.println("Embedded emulator at " + emulator.endpoint() + ", seeded with a sample state.");
            }
            RosterSync.Builder sync = RosterSync.builder().cms(cms).arms(arms).resourceDirectory(rd).prune(o.prune);
            switch (o.command) {
                case "plan":
                    return plan(sync.build(), roster, o, report, out);
                case "drift":
                    return drift(sync.build(), roster, o, report, out);
                case "apply":
                    return apply(sync, roster, o, report, out, err, emulator);
                default:
                    return export(sync.build(), roster, o, out, err);
            }
        }
    }

    private static int plan(RosterSync sync, Roster roster, CliOptions o, Report report, PrintStream out) {
        Plan plan = sync.plan(roster);
        out.print(o.json ? report.planJson(plan, false) : report.planTable(plan, false));
        return plan.readFailures().isEmpty() ? OK : FAILED;
    }

    private static int drift(RosterSync sync, Roster roster, CliOptions o, Report report, PrintStream out) {
        Plan plan = sync.plan(roster);
        if (o.json) {
            out.print(report.driftJson(plan));
        } else {
            out.print(plan.hasDrift() ? "Drift: the live state differs from the roster.\n" : "No drift.\n");
            out.print(report.planTable(plan, true));
        }
        return !plan.readFailures().isEmpty() ? FAILED : plan.hasDrift() ? DRIFT : OK;
    }

    private static int apply(RosterSync.Builder sync, Roster roster, CliOptions o, Report report, PrintStream out,
                             PrintStream err, AcsEmulator emulator) {
        PrintStream progress = o.json ? err : out;
        RosterSync s = sync.progress((i, total, r) -> progress.println(report.progressLine(i, total, r))).build();
        Plan plan = s.plan(roster);
        if (!o.json) {
            out.print(report.planTable(plan, false));
            out.println();
        }
        int writesBefore = emulator == null ? 0 : writes(emulator);
        ApplyResult result = s.apply(plan);
        if (o.json) {
            out.print(report.applyJson(result));
        } else {
            out.println();
            out.print(report.summaryTable(result));
        }
        if (emulator != null) {
            int writes = writes(emulator) - writesBefore;
            int again = writes(emulator);
            RosterSync quiet = sync.progress(null).build();
            ApplyResult second = quiet.apply(quiet.plan(roster));
            err.println("Emulator: " + writes + " write requests received; a second apply sent "
                    + (writes(emulator) - again) + " (" + second.steps().size() + " steps).");
        }
        return result.succeeded() ? OK : FAILED;
    }

    private static int export(RosterSync sync, Roster roster, CliOptions o, PrintStream out, PrintStream err) {
        Set<Product> products = o.products != null ? o.products
                : roster != null ? roster.products().keySet() : EnumSet.allOf(Product.class);
        String yaml = (roster == null ? sync.export(products) : sync.export(products, roster)).toYaml();
        if (o.out == null) {
            out.print(yaml);
            return OK;
        }
        try {
            Files.write(Paths.get(o.out), yaml.getBytes(StandardCharsets.UTF_8));
            err.println("Wrote " + o.out);
            return OK;
        } catch (IOException e) {
            err.println("roster: cannot write " + o.out + ": " + e.getClass().getSimpleName());
            return FAILED;
        }
    }

    private static int writes(AcsEmulator emulator) {
        int n = 0;
        for (Map.Entry<String, Integer> e : emulator.requestCounts().entrySet()) {
            if (WRITE_ACTIONS.contains(e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }

    private static <B extends AcsClientBuilder<B, ?>> B configure(B builder, CliOptions o, AcsEmulator emulator) {
        builder.region(o.region);
        if (emulator != null) {
            builder.endpointOverride(emulator.endpoint()).credentialsProvider(
                    StaticCredentialsProvider.create(emulator.accessKeyId(), emulator.accessKeySecret()));
        }
        return builder;
    }

    private static Roster sample() {
        try (InputStream in = RosterMain.class.getResourceAsStream("/io/github/acs4j/roster/sample-roster.yaml")) {
            byte[] bytes = new byte[64 * 1024];
            int n = 0;
            for (int r; (r = in.read(bytes, n, bytes.length - n)) > 0; ) {
                n += r;
            }
            return Roster.parse("sample-roster.yaml (built in)", new String(bytes, 0, n, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the built-in sample roster is missing", e);
        }
    }
}
