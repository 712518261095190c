package io.github.acs4j.roster;

/** What a change is about in a product. */
public enum ObjectKind {
    /** A contact (CloudMonitor contact, ARMS alert contact, Resource Directory message contact). */
    CONTACT,
    /** A contact group. */
    GROUP
}
