/**
 * The single-stream loopback ceiling the large-object rows are measured against: one TCP
 * stream between two JVMs, and {@code iperf3} when it is installed.
 */
package dev.miniospring.benchmarks.ceiling;
