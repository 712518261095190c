/**
 * Waiters: poll an operation until the resource reaches a wanted state, as the AWS SDK v2 offers them.
 * A {@link io.github.acs4j.core.waiters.Waiter} holds the {@link io.github.acs4j.core.waiters.Acceptor}s that
 * judge each poll (success, failure or retry, by the answer or by the error code); a
 * {@link io.github.acs4j.core.waiters.WaiterConfiguration} bounds the wait (delay, backoff, attempts, total time);
 * a finished wait is a {@link io.github.acs4j.core.waiters.WaiterResult}, a failed one a
 * {@link io.github.acs4j.core.waiters.WaiterException}. Product clients offer them as {@code waitUntil...} methods.
 */
package io.github.acs4j.core.waiters;
