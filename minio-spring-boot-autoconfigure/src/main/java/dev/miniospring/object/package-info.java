/**
 * Object operations: their value types and implementation.
 */
@NullMarked
package dev.miniospring.object;

import org.jspecify.annotations.NullMarked;
