/**
 * The do-nothing S3 endpoint that measures pure client cost, and the launchers of the
 * servers the benchmark drives.
 */
package dev.miniospring.benchmarks.server;
