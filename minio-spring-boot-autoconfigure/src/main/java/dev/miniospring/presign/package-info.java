/**
 * Value types of presigned POST forms.
 */
@NullMarked
package dev.miniospring.presign;

import org.jspecify.annotations.NullMarked;
