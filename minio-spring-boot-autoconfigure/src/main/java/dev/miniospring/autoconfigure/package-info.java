/**
 * Spring Boot auto-configuration for {@link dev.miniospring.MinioTemplate}.
 */
@NullMarked
package dev.miniospring.autoconfigure;

import org.jspecify.annotations.NullMarked;
