/**
 * Value types of presigned requests and POST forms.
 */
@NullMarked
package dev.miniospring.presign;

import org.jspecify.annotations.NullMarked;
