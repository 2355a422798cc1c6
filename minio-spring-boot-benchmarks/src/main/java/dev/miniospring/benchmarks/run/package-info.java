/**
 * Workloads, interleaved rounds and their measurement.
 */
package dev.miniospring.benchmarks.run;
