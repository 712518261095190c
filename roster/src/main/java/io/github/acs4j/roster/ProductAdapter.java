package io.github.acs4j.roster;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One product as the roster sees it: its live contacts and groups as {@link Entry}s, what a roster wants
 * there, and the calls that write. Each write counts its SDK calls in {@code calls}.
 */
interface ProductAdapter {
    /** The live contacts and groups, read through the SDK's paginators. */
    List<Entry> read();

    /** What the roster wants in this product: contacts first, then groups. */
    List<Entry> desired(Roster roster);

    /** Creates; returns a note when the outcome had to be settled (else {@code null}). */
    String create(Entry desired, AtomicInteger calls);

    void update(Entry live, Entry desired, AtomicInteger calls);

    void delete(Entry live, AtomicInteger calls);
}
