package dev.miniospring;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with something that is not an S3 response, such as a proxy's HTML
 * error page.
 *
 * @since 0.1.0
 */
public class MinioInvalidResponseException extends MinioException {

    private final int statusCode;

    /**
     * Creates an exception.
     * @param statusCode the HTTP status code
     * @param message the description, quoting the start of the body
     */
    public MinioInvalidResponseException(int statusCode, String message) {
        this(statusCode, message, null);
    }

    /**
     * Creates an exception with the failure that showed the response to be invalid.
     * @param statusCode the HTTP status code
     * @param message the description
     * @param cause the failure, or {@code null}
     */
    public MinioInvalidResponseException(int statusCode, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /**
     * Returns the HTTP status code.
     * @return the status code
     */
    public int statusCode() {
        return this.statusCode;
    }

}
