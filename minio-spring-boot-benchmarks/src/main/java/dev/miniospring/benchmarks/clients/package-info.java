/**
 * One adapter per client library, all offering the same operations to the benchmark.
 */
package dev.miniospring.benchmarks.clients;
