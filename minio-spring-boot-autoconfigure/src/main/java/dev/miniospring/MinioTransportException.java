package dev.miniospring;

/**
 * The request could not be completed at the transport level (connection refused or reset,
 * timeout, ...).
 *
 * @since 0.1.0
 */
public class MinioTransportException extends MinioException {

    /**
     * Creates an exception.
     * @param message what failed, including the method and URL
     * @param cause the I/O failure
     */
    public MinioTransportException(String message, Throwable cause) {
        super(message, cause);
    }

}
