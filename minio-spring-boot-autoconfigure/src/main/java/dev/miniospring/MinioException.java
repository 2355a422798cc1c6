package dev.miniospring;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception {@link dev.miniospring.core.MinioTemplate} throws. Unchecked.
 *
 * @since 0.1.0
 */
public class MinioException extends RuntimeException {

    /**
     * Creates an exception.
     * @param message the detail message
     * @param cause the cause, if any
     */
    public MinioException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

}
