/**
 * Test support: {@link dev.miniospring.test.AutoConfigureEmbeddedS3} runs a real S3
 * server for a test context.
 */
@NullMarked
package dev.miniospring.test;

import org.jspecify.annotations.NullMarked;
