package dev.miniospring.object;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An incomplete multipart upload.
 *
 * @param bucket the bucket
 * @param objectName the key the upload will create
 * @param uploadId the upload id
 * @param initiated when the upload was started, if the server says
 * @param size the sum of the sizes of the parts uploaded so far
 * @since 0.1.0
 */
public record Upload(String bucket, String objectName, String uploadId, @Nullable Instant initiated, long size) {

}
