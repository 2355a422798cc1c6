/**
 * Bucket notifications: configurations, MinIO's listen extension, their value types and implementation.
 */
@NullMarked
package dev.miniospring.notification;

import org.jspecify.annotations.NullMarked;
