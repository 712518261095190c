package io.github.acs4j.codegen;

import java.util.List;

/**
 * One request parameter or response field: its wire name (a dotted path for response fields inside
 * wrappers), Java name, type, where it travels and the documented limits.
 */
final class Member {
    String wire;
    String java;
    TypeRef type;
    String typeText;
    /** How the value is typed on the wire when that differs from the Java type ("string" for numbers sent or sent back as text). */
    String wireType;
    boolean required;
    String position = "query";
    String listStyle = "flat";
    String delimiter = ",";
    String doc = "";
    String sensitive;
    String source;
    String clientDefault;
    Integer lengthMin;
    Integer lengthMax;
    Long rangeMin;
    Long rangeMax;
    Integer countMin;
    Integer countMax;
    /** Each entry: the regular expression the whole value must match, and the rule in words. */
    final List<String[]> patterns = new java.util.ArrayList<>();
    String format;
    String enumName;
    List<String> enumValues;
    boolean uniqueItems;
    /** What one entry is called in messages ("must not list an ID twice"). */
    String itemNoun = "entry";
    boolean noBlankEntries;
    boolean noNullEntries;

    /** The wire path's segments ({@code PageBean.Contacts} is two). */
    String[] path() {
        return wire.split("\\.");
    }

    /** The member of {@code members} with this Java name, or null. */
    static Member byJava(List<Member> members, String java) {
        for (Member m : members) {
            if (m.java.equals(java)) {
                return m;
            }
        }
        return null;
    }

    /** The member of {@code members} with this wire name, or null. */
    static Member byWire(List<Member> members, String wire) {
        for (Member m : members) {
            if (m.wire.equals(wire)) {
                return m;
            }
        }
        return null;
    }

    boolean hasEnum() {
        return enumName != null || enumValues != null;
    }

    /** @return the wire name up to its first dot: {@code Channels} for {@code Channels.Mail}, the name itself otherwise */
    String topLevelWire() {
        int dot = wire.indexOf('.');
        return dot < 0 ? wire : wire.substring(0, dot);
    }
}
