/**
 * The memory probe: a large upload of unknown length in a child JVM with a small heap.
 */
package dev.miniospring.benchmarks.probe;
