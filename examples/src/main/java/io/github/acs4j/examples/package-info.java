/**
 * Runnable examples of the contact life cycle in CloudMonitor, ARMS and Resource Directory. They run
 * against an embedded emulator unless given {@code --live}; see {@link io.github.acs4j.examples.AllProductsExample}.
 */
package io.github.acs4j.examples;
