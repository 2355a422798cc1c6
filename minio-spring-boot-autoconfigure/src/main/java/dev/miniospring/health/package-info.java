/**
 * Actuator health indicator for {@link dev.miniospring.core.MinioTemplate}.
 */
@NullMarked
package dev.miniospring.health;

import org.jspecify.annotations.NullMarked;
