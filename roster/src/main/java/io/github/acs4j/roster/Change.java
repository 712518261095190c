package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One step of a {@link Plan}: what happens to one contact or group of one product. Immutable. */
public final class Change {
    private final Product product;
    private final ObjectKind kind;
    private final String name;
    private final ChangeAction action;
    private final List<FieldChange> fieldChanges;
    private final String note;
    final Entry live;
    final Entry desired;

    Change(Product product, ObjectKind kind, String name, ChangeAction action, List<FieldChange> fieldChanges,
           String note, Entry live, Entry desired) {
        this.product = product;
        this.kind = kind;
        this.name = name;
        this.action = action;
        this.fieldChanges = Collections.unmodifiableList(new ArrayList<>(fieldChanges));
        this.note = note;
        this.live = live;
        this.desired = desired;
    }

    /** @return the product */
    public Product product() {
        return product;
    }

    /** @return contact or group */
    public ObjectKind kind() {
        return kind;
    }

    /** @return the contact's or group's name */
    public String name() {
        return name;
    }

    /** @return what happens */
    public ChangeAction action() {
        return action;
    }

    /** @return for an update, the fields that change (masked); for a create, the values set; else empty */
    public List<FieldChange> fieldChanges() {
        return fieldChanges;
    }

    /** @return why, when it is not obvious (e.g. pending verification, not supported yet); or {@code null} */
    public String note() {
        return note;
    }

    /** @return the product's id of the live object, or {@code null} when there is none yet */
    public String liveId() {
        return live == null ? null : live.id;
    }

    @Override
    public String toString() {
        return product.key() + " " + kind.name().toLowerCase() + " " + name + ": " + action
                + (fieldChanges.isEmpty() ? "" : " " + fieldChanges) + (note == null ? "" : " (" + note + ")");
    }
}
