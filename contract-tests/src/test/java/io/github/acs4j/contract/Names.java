package io.github.acs4j.contract;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Names unique to one run, so a live run never touches a user's own contacts and two runs never collide.
 * Letters only: Resource Directory names take 2 to 12 letters.
 */
final class Names {
    private Names() {
    }

    /** @return {@code prefix} followed by random lower-case letters, {@code length} characters in all */
    static String unique(String prefix, int length) {
        StringBuilder sb = new StringBuilder(prefix);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (sb.length() < length) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }
}
