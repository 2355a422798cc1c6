package dev.miniospring.object;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The information about an object that {@code statObject} and downloads report.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param size the size of the whole object in bytes
 * @param etag the ETag, without quotes
 * @param contentType the content type
 * @param lastModified when the object was last modified, if the server says
 * @param userMetadata the user metadata, keys lower-case and without the
 * {@code x-amz-meta-} prefix, values decoded
 * @param versionId the version id, when the bucket is versioned
 * @param encryption the server-side encryption of the object, when the server reports one
 * @param checksum the checksum stored with the object, when it was asked for
 * ({@code withChecksumMode()}) and the server keeps one
 * @since 0.1.0
 */
public record StatObjectResponse(String bucket, String key, long size, String etag, String contentType,
        @Nullable Instant lastModified, Map<String, String> userMetadata, @Nullable String versionId,
        @Nullable ObjectEncryption encryption, @Nullable ObjectChecksum checksum) {

    /**
     * Creates the information, copying the metadata.
     * @param bucket the bucket
     * @param key the object key
     * @param size the size of the whole object in bytes, or {@code -1} when unknown
     * @param etag the ETag, without quotes
     * @param contentType the content type
     * @param lastModified when the object was last modified, or {@code null}
     * @param userMetadata the user metadata
     * @param versionId the version id, or {@code null}
     * @param encryption the encryption, or {@code null}
     * @param checksum the checksum, or {@code null}
     */
    public StatObjectResponse {
        userMetadata = Map.copyOf(userMetadata);
    }

    /**
     * Creates the information of an object whose checksum is not reported.
     * @param bucket the bucket
     * @param key the object key
     * @param size the size of the whole object in bytes, or {@code -1} when unknown
     * @param etag the ETag, without quotes
     * @param contentType the content type
     * @param lastModified when the object was last modified, or {@code null}
     * @param userMetadata the user metadata
     * @param versionId the version id, or {@code null}
     * @param encryption the encryption, or {@code null}
     */
    public StatObjectResponse(String bucket, String key, long size, String etag, String contentType,
            @Nullable Instant lastModified, Map<String, String> userMetadata, @Nullable String versionId,
            @Nullable ObjectEncryption encryption) {
        this(bucket, key, size, etag, contentType, lastModified, userMetadata, versionId, encryption, null);
    }

    /**
     * Creates the information of an object whose encryption is not reported.
     * @param bucket the bucket
     * @param key the object key
     * @param size the size of the whole object in bytes, or {@code -1} when unknown
     * @param etag the ETag, without quotes
     * @param contentType the content type
     * @param lastModified when the object was last modified, or {@code null}
     * @param userMetadata the user metadata
     * @param versionId the version id, or {@code null}
     */
    public StatObjectResponse(String bucket, String key, long size, String etag, String contentType,
            @Nullable Instant lastModified, Map<String, String> userMetadata, @Nullable String versionId) {
        this(bucket, key, size, etag, contentType, lastModified, userMetadata, versionId, null, null);
    }

}
