package dev.miniospring.observation;

/**
 * Counts what a template transfers: object bytes sent and received, and multipart uploads
 * in flight.
 *
 * @since 0.1.0
 */
public interface TransferMetrics {

    /**
     * Metrics that count nothing.
     */
    TransferMetrics NONE = new TransferMetrics() {
    };

    /**
     * Object bytes were sent (a PUT of an object or of a part succeeded).
     * @param bytes the number of bytes
     */
    default void bytesUploaded(long bytes) {
    }

    /**
     * Object bytes were read from a download.
     * @param bytes the number of bytes
     */
    default void bytesDownloaded(long bytes) {
    }

    /**
     * A multipart upload was created.
     */
    default void multipartUploadStarted() {
    }

    /**
     * A multipart upload was completed or aborted.
     */
    default void multipartUploadFinished() {
    }

}
