/**
 * The self-signed certificate of the benchmark's HTTPS servers, generated at run time,
 * and the trust the clients get.
 */
package dev.miniospring.benchmarks.tls;
