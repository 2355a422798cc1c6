package dev.miniospring.object;

/**
 * The progress of one transfer.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param transferredBytes the bytes transferred so far
 * @param totalBytes the bytes to transfer, or {@code -1} when unknown
 * @param completedParts the multipart parts completed so far ({@code 0} for single
 * requests and downloads)
 * @since 0.1.0
 */
public record TransferProgress(String bucket, String key, long transferredBytes, long totalBytes, int completedParts) {

}
