/**
 * Auto-configuration of the MinIO health indicator.
 */
@NullMarked
package dev.miniospring.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
