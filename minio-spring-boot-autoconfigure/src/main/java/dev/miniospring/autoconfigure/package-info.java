/**
 * Spring Boot auto-configuration for {@link dev.miniospring.core.MinioTemplate}.
 */
@NullMarked
package dev.miniospring.autoconfigure;

import org.jspecify.annotations.NullMarked;
