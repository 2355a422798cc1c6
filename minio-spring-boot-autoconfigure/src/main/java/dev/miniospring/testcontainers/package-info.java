/**
 * {@code @ServiceConnection} support for MinIO Testcontainers.
 */
@NullMarked
package dev.miniospring.testcontainers;

import org.jspecify.annotations.NullMarked;
