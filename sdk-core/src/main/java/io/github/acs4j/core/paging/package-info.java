/**
 * Lazy paginators over list operations, for sync ({@link io.github.acs4j.core.paging.PageIterable}) and
 * async ({@link io.github.acs4j.core.paging.AsyncPages}) clients.
 */
package io.github.acs4j.core.paging;
