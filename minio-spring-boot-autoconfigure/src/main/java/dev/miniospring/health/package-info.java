/**
 * Actuator health indicator for {@link dev.miniospring.MinioTemplate}.
 */
@NullMarked
package dev.miniospring.health;

import org.jspecify.annotations.NullMarked;
