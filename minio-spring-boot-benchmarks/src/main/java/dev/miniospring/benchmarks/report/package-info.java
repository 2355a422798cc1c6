/**
 * The Markdown report of a benchmark run.
 */
package dev.miniospring.benchmarks.report;
