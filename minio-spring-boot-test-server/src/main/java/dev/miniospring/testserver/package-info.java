/**
 * Real S3 servers for tests, started on loopback addresses: S3Proxy in a child JVM
 * ({@link S3ProxyServer}) and Ceph RGW from the Debian packages ({@link CephRgwServer}),
 * both behind {@link S3TestServer}.
 */
package dev.miniospring.testserver;
