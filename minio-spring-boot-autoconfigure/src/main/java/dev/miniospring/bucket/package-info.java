/**
 * Value types of bucket operations.
 */
@NullMarked
package dev.miniospring.bucket;

import org.jspecify.annotations.NullMarked;
