/**
 * Object operations: their value types, streaming downloads and (multipart) uploads.
 */
@NullMarked
package dev.miniospring.object;

import org.jspecify.annotations.NullMarked;
