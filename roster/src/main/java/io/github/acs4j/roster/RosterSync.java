package io.github.acs4j.roster;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.util.Redact;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps products in step with a {@link Roster}: {@link #plan(Roster)} reads the live state of the roster's
 * products and says what would change, {@link #apply(Plan)} carries it out, {@link #export(Set)} turns the live
 * state into a roster. The clients are the caller's (never closed here); a product without a client cannot be
 * planned and is reported in {@link Plan#readFailures()}.
 *
 * <pre>{@code
 * RosterSync sync = RosterSync.builder().cms(cms).arms(arms).resourceDirectory(rd).build();
 * Plan plan = sync.plan(Roster.load(Paths.get("roster.yaml")));
 * ApplyResult result = sync.apply(plan);
 * }</pre>
 *
 * <p>Creates that are not idempotent (ARMS, Resource Directory) are never sent twice for one object: when
 * one fails in a way that may have created it, the product is listed first and the create is sent again
 * only when the object is not there.
 */
public final class RosterSync {
    private final CmsClient cms;
    private final ArmsClient arms;
    private final ResourceDirectoryClient rd;
    private final boolean prune;
    private final ProgressListener progress;

    private RosterSync(Builder b) {
        this.cms = b.cms;
        this.arms = b.arms;
        this.rd = b.rd;
        this.prune = b.prune;
        this.progress = b.progress;
    }

    /** The products that have a client, each as the roster's settings want it (ARMS: which variant). */
    private Map<Product, ProductAdapter> adapters(Roster roster) {
        Map<Product, ProductAdapter> adapters = new EnumMap<>(Product.class);
        if (cms != null) {
            adapters.put(Product.CMS, new CmsAdapter(cms));
        }
        if (arms != null) {
            ProductSettings s = roster.products().get(Product.ARMS);
            adapters.put(Product.ARMS, s != null && "notification-center".equals(s.variant())
                    ? new ArmsNotificationAdapter(arms) : new ArmsAdapter(arms));
        }
        if (rd != null) {
            adapters.put(Product.RESOURCE_DIRECTORY, new ResourceDirectoryAdapter(rd));
        }
        return adapters;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the live state of the roster's products and compares it with the roster. Sends only reads.
     *
     * @param roster the roster
     * @return the plan; a product that could not be read is in {@link Plan#readFailures()} and not planned
     */
    public Plan plan(Roster roster) {
        List<Change> changes = new ArrayList<>();
        Map<Product, String> failures = new LinkedHashMap<>();
        Map<Product, ProductAdapter> adapters = adapters(roster);
        for (Product product : roster.products().keySet()) {
            ProductAdapter adapter = adapters.get(product);
            if (adapter == null) {
                failures.put(product, "no client for " + product.key() + " was given");
                continue;
            }
            List<Entry> live;
            try {
                live = adapter.read();
            } catch (RuntimeException e) {
                failures.put(product, reason(e));
                continue;
            }
            changes.addAll(Planner.plan(roster, adapter.desired(roster), live, prune));
        }
        Planner.order(changes);
        return new Plan(roster, changes, failures, prune);
    }

    /**
     * Carries out a plan's creates, updates and deletes, in its order, reporting each step to the progress
     * listener and going on past failures. Applying right after a successful apply of the same roster makes no
     * write call (plan again first: a plan holds the live state of when it was made).
     *
     * @param plan a plan from {@link #plan(Roster)}
     * @return every step's outcome
     */
    public ApplyResult apply(Plan plan) {
        return new Applier(adapters(plan.roster()), progress).apply(plan);
    }

    /**
     * Reads the live state of the given products as a roster: one person per contact name (channels from
     * CloudMonitor, else ARMS, else Resource Directory), CloudMonitor's groups, and per product the people found
     * there.
     *
     * @param products the products to read, each with a client
     * @return the roster, named {@code exported}
     */
    public Roster export(Set<Product> products) {
        return export(products, Roster.builder().name("exported").build());
    }

    /**
     * Reads the live state of the given products as a roster, each product read as the given roster's settings
     * say (ARMS: which variant).
     *
     * @param products the products to read, each with a client
     * @param settings a roster whose product settings choose how each product is read
     * @return the roster, named {@code exported}
     */
    public Roster export(Set<Product> products, Roster settings) {
        Map<Product, ProductAdapter> adapters = adapters(settings);
        Map<Product, List<Entry>> live = new EnumMap<>(Product.class);
        for (Product p : EnumSet.copyOf(products)) {
            ProductAdapter adapter = adapters.get(p);
            if (adapter == null) {
                throw new IllegalArgumentException("no client for " + p.key() + " was given");
            }
            live.put(p, adapter.read());
        }
        return Exporter.export(live, settings);
    }

    /** A failure in one line, personal data masked: the service's status and code, else the client's message. */
    static String reason(RuntimeException e) {
        if (e instanceof AcsServiceException) {
            AcsServiceException s = (AcsServiceException) e;
            return "HTTP " + s.httpStatus() + " " + s.errorCode() + ": " + Redact.text(firstLine(s.errorMessage()));
        }
        return e.getClass().getSimpleName() + ": " + Redact.text(firstLine(e.getMessage()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Builds a {@link RosterSync}. */
    public static final class Builder {
        private CmsClient cms;
        private ArmsClient arms;
        private ResourceDirectoryClient rd;
        private boolean prune;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** @param v the CloudMonitor client @return this */
        public Builder cms(CmsClient v) {
            this.cms = v;
            return this;
        }

        /** @param v the ARMS client @return this */
        public Builder arms(ArmsClient v) {
            this.arms = v;
            return this;
        }

        /** @param v the Resource Directory client @return this */
        public Builder resourceDirectory(ResourceDirectoryClient v) {
            this.rd = v;
            return this;
        }

        /**
         * @param v whether contacts and groups that are not in the roster (made by hand) are deleted too;
         *     default {@code false}: only those listed under {@code retired} are
         * @return this
         */
        public Builder prune(boolean v) {
            this.prune = v;
            return this;
        }

        /** @param v told about each step of an apply @return this */
        public Builder progress(ProgressListener v) {
            this.progress = v == null ? ProgressListener.NONE : v;
            return this;
        }

        /** @return the sync */
        public RosterSync build() {
            return new RosterSync(this);
        }
    }
}
