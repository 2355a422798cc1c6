/**
 * Bucket operations: their value types and implementation.
 */
@NullMarked
package dev.miniospring.bucket;

import org.jspecify.annotations.NullMarked;
