package dev.miniospring.object;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.ETags;
import dev.miniospring.internal.transport.UserMetadata;

import org.springframework.http.HttpHeaders;

/**
 * The information about an object that {@code statObject} and downloads report.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param size the size of the whole object in bytes
 * @param etag the ETag, without quotes
 * @param contentType the content type
 * @param lastModified when the object was last modified, if the server says
 * @param userMetadata the user metadata, keys lower-case and without the {@code x-amz-meta-} prefix, values decoded
 * @param versionId the version id, when the bucket is versioned
 */
public record StatObjectResponse(String bucket, String key, long size, String etag, String contentType,
        @Nullable Instant lastModified, Map<String, String> userMetadata, @Nullable String versionId) {

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    public StatObjectResponse {
        userMetadata = Map.copyOf(userMetadata);
    }

    public static StatObjectResponse of(String bucket, String key, HttpHeaders headers) {
        ZonedDateTime lastModified = headers.getFirstZonedDateTime(HttpHeaders.LAST_MODIFIED);
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        return new StatObjectResponse(bucket, key, objectSize(headers), ETags.unquote(headers.getETag()),
                (contentType != null) ? contentType : DEFAULT_CONTENT_TYPE,
                (lastModified != null) ? lastModified.toInstant() : null, UserMetadata.fromHeaders(headers),
                headers.getFirst("x-amz-version-id"));
    }

    private static long objectSize(HttpHeaders headers) {
        String contentRange = headers.getFirst(HttpHeaders.CONTENT_RANGE);
        if (contentRange != null && contentRange.indexOf('/') != -1 && !contentRange.endsWith("/*")) {
            return size(contentRange.substring(contentRange.indexOf('/') + 1).trim(), HttpHeaders.CONTENT_RANGE);
        }
        String contentLength = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        return (contentLength != null) ? size(contentLength.trim(), HttpHeaders.CONTENT_LENGTH) : -1;
    }

    private static long size(String text, String header) {
        try {
            long size = Long.parseLong(text);
            if (size >= 0) {
                return size;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid object size '" + text + "' in the " + header + " header");
    }

}
