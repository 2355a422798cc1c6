package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

/**
 * The result of writing an object (put, fput, copy).
 *
 * @param bucket the bucket
 * @param key the object key
 * @param etag the ETag of the new object, without quotes
 * @param versionId the version id, when the bucket is versioned
 * @since 0.1.0
 */
public record ObjectWriteResponse(String bucket, String key, String etag, @Nullable String versionId) {

}
