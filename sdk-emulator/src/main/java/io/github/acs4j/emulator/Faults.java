package io.github.acs4j.emulator;

import java.time.Duration;

/**
 * Failures the emulator injects into the next requests it receives, whichever action they call. Each
 * kind counts down on its own; one request gets at most one fault, checked in this order: drop before
 * reading, drop after reading, throttle, server error, drop after processing. Latency adds to all of
 * them. Thread-safe.
 *
 * <pre>{@code
 * emulator.faults().throttleNext(2);          // two 429 Throttling.User answers, then normal service
 * emulator.faults().dropAfterProcessing(1);   // the next call changes state but its answer is lost
 * }</pre>
 */
public final class Faults {
    /** What happens to one request. */
    enum Kind {
        NONE, DROP_BEFORE_READING, DROP_AFTER_READING, THROTTLE, SERVER_ERROR, DROP_AFTER_PROCESSING
    }

    private int dropBeforeReading;
    private int dropAfterReading;
    private int throttle;
    private long retryAfterMillis;
    private int serverErrors;
    private int serverErrorStatus;
    private int dropAfterProcessing;
    private long latencyMillis;

    Faults() {
    }

    /**
     * Answers the next {@code n} requests with HTTP 429, code {@code Throttling.User} and an
     * {@code x-acs-retry-after} header of 1000 ms. The requests are not processed.
     *
     * @param n how many requests
     * @return this
     */
    public Faults throttleNext(int n) {
        return throttleNext(n, Duration.ofSeconds(1));
    }

    /**
     * Answers the next {@code n} requests with HTTP 429, code {@code Throttling.User} and the given
     * {@code x-acs-retry-after} hint (milliseconds). The requests are not processed.
     *
     * @param n how many requests
     * @param retryAfter the hint sent in {@code x-acs-retry-after}
     * @return this
     */
    public synchronized Faults throttleNext(int n, Duration retryAfter) {
        this.throttle = nonNegative(n);
        this.retryAfterMillis = retryAfter.toMillis();
        return this;
    }

    /**
     * Answers the next {@code n} requests with HTTP 503 {@code ServiceUnavailable}, unprocessed.
     *
     * @param n how many requests
     * @return this
     */
    public Faults failNext(int n) {
        return failNext(n, 503);
    }

    /**
     * Answers the next {@code n} requests with a server error, unprocessed: 500 {@code InternalError},
     * 502 {@code BadGateway}, 503 {@code ServiceUnavailable} or 504 {@code GatewayTimeout}.
     *
     * @param n how many requests
     * @param status 500, 502, 503 or 504
     * @return this
     */
    public synchronized Faults failNext(int n, int status) {
        if (status != 500 && status != 502 && status != 503 && status != 504) {
            throw new IllegalArgumentException("status must be 500, 502, 503 or 504, was " + status);
        }
        this.serverErrors = nonNegative(n);
        this.serverErrorStatus = status;
        return this;
    }

    /**
     * Closes the connection of the next {@code n} requests once their headers are read, before the body:
     * nothing is processed and no answer is sent. Counted under their action only when the action is in
     * the URL or the {@code x-acs-action} header (a V1 form body is never read).
     *
     * @param n how many requests
     * @return this
     */
    public synchronized Faults dropBeforeReading(int n) {
        this.dropBeforeReading = nonNegative(n);
        return this;
    }

    /**
     * Reads the next {@code n} requests whole, then closes their connection without processing them or
     * answering.
     *
     * @param n how many requests
     * @return this
     */
    public synchronized Faults dropAfterReading(int n) {
        this.dropAfterReading = nonNegative(n);
        return this;
    }

    /**
     * Processes the next {@code n} requests (their changes are kept), then closes the connection instead
     * of answering: the case where a client cannot know whether its call took effect.
     *
     * @param n how many requests
     * @return this
     */
    public synchronized Faults dropAfterProcessing(int n) {
        this.dropAfterProcessing = nonNegative(n);
        return this;
    }

    /**
     * Delays every answer (and every drop) by this much until cleared.
     *
     * @param latency the added delay; zero for none
     * @return this
     */
    public synchronized Faults latency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
        this.latencyMillis = latency.toMillis();
        return this;
    }

    /** Removes every pending fault and the latency. */
    public synchronized void clear() {
        dropBeforeReading = 0;
        dropAfterReading = 0;
        throttle = 0;
        serverErrors = 0;
        dropAfterProcessing = 0;
        latencyMillis = 0;
    }

    synchronized long latencyMillis() {
        return latencyMillis;
    }

    synchronized long retryAfterMillis() {
        return retryAfterMillis;
    }

    synchronized int serverErrorStatus() {
        return serverErrorStatus;
    }

    /** Takes the fault, if any, to apply before the body is read. */
    synchronized boolean takeDropBeforeReading() {
        if (dropBeforeReading > 0) {
            dropBeforeReading--;
            return true;
        }
        return false;
    }

    /** Takes the fault, if any, to apply to a request that has been read. */
    synchronized Kind takeAfterReading() {
        if (dropAfterReading > 0) {
            dropAfterReading--;
            return Kind.DROP_AFTER_READING;
        }
        if (throttle > 0) {
            throttle--;
            return Kind.THROTTLE;
        }
        if (serverErrors > 0) {
            serverErrors--;
            return Kind.SERVER_ERROR;
        }
        if (dropAfterProcessing > 0) {
            dropAfterProcessing--;
            return Kind.DROP_AFTER_PROCESSING;
        }
        return Kind.NONE;
    }

    private static int nonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of requests must not be negative, was " + n);
        }
        return n;
    }
}
