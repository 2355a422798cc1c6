/**
 * Ahead-of-time and GraalVM native-image hints.
 */
@NullMarked
package dev.miniospring.aot;

import org.jspecify.annotations.NullMarked;
