/**
 * A local emulator of Alibaba Cloud's contact APIs (CloudMonitor, ARMS, Resource Directory) for tests,
 * examples and other tools: {@link io.github.acs4j.emulator.AcsEmulator}, its
 * {@link io.github.acs4j.emulator.Faults}, the standalone {@link io.github.acs4j.emulator.EmulatorMain}
 * and the JUnit 5 {@link io.github.acs4j.emulator.AcsEmulatorExtension}. Everything else in this package
 * is internal.
 */
package io.github.acs4j.emulator;
