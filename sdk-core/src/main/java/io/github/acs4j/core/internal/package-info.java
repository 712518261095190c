/**
 * The request pipeline shared by every product client. Not public API: it may change in any release.
 */
package io.github.acs4j.core.internal;
