package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

/**
 * An object that a multi-object delete could not remove.
 *
 * @param objectName the object key
 * @param code the S3 error code, such as {@code AccessDenied}
 * @param message the server's message
 * @param versionId the version that could not be removed, when one was named
 * @since 0.1.0
 */
public record DeleteError(String objectName, String code, @Nullable String message, @Nullable String versionId) {

    /**
     * Creates the error of an object removed without version id.
     * @param objectName the object key
     * @param code the S3 error code
     * @param message the server's message
     */
    public DeleteError(String objectName, String code, @Nullable String message) {
        this(objectName, code, message, null);
    }

}
