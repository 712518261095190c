package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Holds the temporary credentials of a refreshing provider. They are refreshed ahead of expiry by one
 * thread at a time: while they are still usable the other threads keep using them instead of waiting,
 * and a failed refresh keeps them for as long as they stay usable. Only once they are about to expire do
 * callers wait for (or fail with) the refresh. Credentials that arrive already expired are fetched once
 * more and never handed out. Time comes from an injectable clock.
 */
final class CredentialsCache {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialsCache.class);
    /** Refresh this long before expiry (or at half the lifetime, for short-lived credentials). */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(3);
    /** Credentials this close to expiry are not handed out: a request signed with them could arrive late. */
    static final Duration STALE_BEFORE = Duration.ofSeconds(15);
    /** After a failed refresh, the next one waits this long (the old credentials stay in use meanwhile). */
    static final Duration RETRY_REFRESH_AFTER = Duration.ofSeconds(10);

    private final String source;
    private final Supplier<Credentials> fetch;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Entry entry;

    CredentialsCache(String source, Supplier<Credentials> fetch, Clock clock) {
        this.source = source;
        this.fetch = fetch;
        this.clock = clock;
    }

    Credentials get() {
        Entry e = entry;
        Instant now = clock.instant();
        if (e != null && now.isBefore(e.refreshAt)) {
            return e.credentials;
        }
        if (e != null && now.isBefore(e.staleAt)) {
            if (!lock.tryLock()) {
                return e.credentials;
            }
        } else {
            lock.lock();
        }
        try {
            e = entry;
            now = clock.instant();
            if (e != null && now.isBefore(e.refreshAt)) {
                return e.credentials;
            }
            try {
                Entry fresh = entryFor(fetchUnexpired(), clock.instant());
                entry = fresh;
                return fresh.credentials;
            } catch (RuntimeException failure) {
                Instant later = clock.instant();
                if (e != null && later.isBefore(e.staleAt)) {
                    LOG.debug("Refreshing credentials from {} failed; keeping the current ones until {}: {}",
                            source, e.staleAt, failure.getMessage());
                    Instant retryAt = later.plus(RETRY_REFRESH_AFTER);
                    entry = new Entry(e.credentials, retryAt.isBefore(e.staleAt) ? retryAt : e.staleAt, e.staleAt);
                    return e.credentials;
                }
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fetches credentials that have not expired yet. A source can hand out expired ones (a stale cache behind
     * it, a clock that differs from ours): they are fetched once more, and never handed out.
     *
     * @throws AcsClientException naming the source and the expiry when the second fetch is expired too
     */
    private Credentials fetchUnexpired() {
        Credentials c = fetch.get();
        if (!expired(c)) {
            return c;
        }
        LOG.debug("{} handed out credentials that expired at {}; fetching once more", source, c.expiration());
        Credentials again = fetch.get();
        if (!expired(again)) {
            return again;
        }
        throw new AcsClientException("The credentials from " + source + " expired at " + again.expiration()
                + " (now " + clock.instant() + "), also when fetched again; expired credentials are never used to sign.");
    }

    private boolean expired(Credentials c) {
        return c.expiration() != null && !c.expiration().isAfter(clock.instant());
    }

    private static Entry entryFor(Credentials c, Instant now) {
        Instant expiry = c.expiration();
        if (expiry == null) {
            return new Entry(c, Instant.MAX, Instant.MAX);
        }
        Duration left = Duration.between(now, expiry);
        if (left.isNegative() || left.isZero()) {
            return new Entry(c, now, now);
        }
        Duration ahead = left.dividedBy(2).compareTo(REFRESH_AHEAD) < 0 ? left.dividedBy(2) : REFRESH_AHEAD;
        Instant stale = left.compareTo(STALE_BEFORE.multipliedBy(2)) < 0 ? expiry : expiry.minus(STALE_BEFORE);
        return new Entry(c, expiry.minus(ahead), stale);
    }

    private static final class Entry {
        final Credentials credentials;
        final Instant refreshAt;
        final Instant staleAt;

        Entry(Credentials credentials, Instant refreshAt, Instant staleAt) {
            this.credentials = credentials;
            this.refreshAt = refreshAt;
            this.staleAt = staleAt;
        }
    }
}
