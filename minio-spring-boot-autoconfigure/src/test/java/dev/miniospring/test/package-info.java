/**
 * Test support: the shared real S3 servers (S3Proxy, Ceph RGW) and helpers.
 */
@NullMarked
package dev.miniospring.test;

import org.jspecify.annotations.NullMarked;
