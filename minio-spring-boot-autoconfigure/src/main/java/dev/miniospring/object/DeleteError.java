package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

/**
 * An object that a multi-object delete could not remove.
 *
 * @param objectName the object key
 * @param code the S3 error code, such as {@code AccessDenied}
 * @param message the server's message
 */
public record DeleteError(String objectName, String code, @Nullable String message) {

}
