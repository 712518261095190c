package io.github.acs4j.core.retry;

/**
 * Waits between attempts. Injectable so tests run backoff without waiting.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread. */
    Sleeper THREAD = Thread::sleep;

    /**
     * @param millis how long to wait
     * @throws InterruptedException when the thread is interrupted
     */
    void sleep(long millis) throws InterruptedException;
}
