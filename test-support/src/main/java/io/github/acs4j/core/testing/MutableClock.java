package io.github.acs4j.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand, so expiry and refresh are driven without waiting. */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    /** @param start the initial instant */
    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** @param d how far to move forward */
    public void advance(Duration d) {
        now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
