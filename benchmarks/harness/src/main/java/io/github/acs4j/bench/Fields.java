package io.github.acs4j.bench;

/**
 * What the list contenders add up while they read every field of a page, so that no read can be
 * optimised away; null counts as nothing.
 */
public final class Fields {
    private Fields() {
    }

    /**
     * @param s a text field
     * @return its length
     */
    public static int len(String s) {
        return s == null ? 0 : s.length();
    }

    /**
     * @param v a number field
     * @return its value
     */
    public static long num(Long v) {
        return v == null ? 0 : v;
    }

    /**
     * @param list a list of text, or null
     * @return the lengths added up
     */
    public static int strings(Iterable<String> list) {
        int n = 0;
        if (list != null) {
            for (String s : list) {
                n += len(s);
            }
        }
        return n;
    }
}
