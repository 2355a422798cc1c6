/**
 * Value and option types of object operations.
 */
@NullMarked
package dev.miniospring.object;

import org.jspecify.annotations.NullMarked;
