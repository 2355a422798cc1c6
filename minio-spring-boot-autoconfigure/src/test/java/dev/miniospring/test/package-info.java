/**
 * Test support: the shared S3Proxy server and helpers.
 */
@NullMarked
package dev.miniospring.test;

import org.jspecify.annotations.NullMarked;
