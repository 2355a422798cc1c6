/**
 * Presigned URLs and browser POST-policy forms: their value types and implementation.
 */
@NullMarked
package dev.miniospring.presign;

import org.jspecify.annotations.NullMarked;
