/**
 * Client benchmarks of {@code MinioTemplate} against the MinIO Java SDK and AWS SDK v2;
 * run by hand, never by the build.
 */
package dev.miniospring.benchmarks;
