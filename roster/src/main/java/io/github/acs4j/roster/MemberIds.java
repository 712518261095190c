package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ARMS groups hold contact IDs, a roster names people: the IDs of the members, from the live contacts. */
final class MemberIds {
    private MemberIds() {
    }

    /**
     * @param idsByName the live contacts' IDs by name (the first contact of each name)
     * @param names the members
     * @param kind what the contacts are, for the error
     * @return the IDs, in the members' order
     */
    static List<Long> of(Map<String, Long> idsByName, List<String> names, String kind) {
        List<Long> out = new ArrayList<>();
        for (String n : names) {
            Long id = idsByName.get(n);
            if (id == null) {
                throw new IllegalStateException("member " + n + " has no " + kind);
            }
            out.add(id);
        }
        return out;
    }
}
