/**
 * Value types of bucket notifications and the streams that deliver them.
 */
@NullMarked
package dev.miniospring.notification;

import org.jspecify.annotations.NullMarked;
