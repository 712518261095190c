package io.github.acs4j.core.auth;

import java.time.Clock;

/** Default role session names: recognisable in audit logs, unique enough per process start. */
final class Sessions {
    private Sessions() {
    }

    static String defaultName(Clock clock) {
        return "acs4j-" + clock.millis();
    }
}
