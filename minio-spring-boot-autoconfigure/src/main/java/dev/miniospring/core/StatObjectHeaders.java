package dev.miniospring.core;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.ETags;
import dev.miniospring.internal.transport.UserMetadata;
import dev.miniospring.object.ObjectEncryption;
import dev.miniospring.object.ObjectEncryption.Type;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.http.HttpHeaders;

/**
 * Reads the object information of a HeadObject or GetObject answer from its headers.
 */
final class StatObjectHeaders {

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private StatObjectHeaders() {
    }

    /**
     * Reads the information; the size is the whole object's, taken from
     * {@code Content-Range} for a ranged read.
     * @throws IllegalArgumentException when a size does not parse
     */
    static StatObjectResponse read(String bucket, String key, HttpHeaders headers) {
        ZonedDateTime lastModified = headers.getFirstZonedDateTime(HttpHeaders.LAST_MODIFIED);
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        return new StatObjectResponse(bucket, key, objectSize(headers), ETags.unquote(headers.getETag()),
                (contentType != null) ? contentType : DEFAULT_CONTENT_TYPE,
                (lastModified != null) ? lastModified.toInstant() : null, UserMetadata.fromHeaders(headers),
                headers.getFirst("x-amz-version-id"), encryption(headers), ObjectChecksums.read(headers));
    }

    private static @Nullable ObjectEncryption encryption(HttpHeaders headers) {
        String customerAlgorithm = headers.getFirst("x-amz-server-side-encryption-customer-algorithm");
        if (customerAlgorithm != null) {
            algorithm(customerAlgorithm, "AES256", "x-amz-server-side-encryption-customer-algorithm");
            return new ObjectEncryption(Type.CUSTOMER_KEY, null,
                    headers.getFirst("x-amz-server-side-encryption-customer-key-MD5"));
        }
        String algorithm = headers.getFirst("x-amz-server-side-encryption");
        if (algorithm == null) {
            return null;
        }
        if (algorithm.equals("aws:kms")) {
            String keyId = headers.getFirst("x-amz-server-side-encryption-aws-kms-key-id");
            return new ObjectEncryption(Type.KMS, keyId, null);
        }
        algorithm(algorithm, "AES256", "x-amz-server-side-encryption");
        return new ObjectEncryption(Type.S3_MANAGED, null, null);
    }

    private static void algorithm(String algorithm, String expected, String header) {
        if (!algorithm.equals(expected)) {
            throw new IllegalArgumentException("Unknown encryption '" + algorithm + "' in the " + header + " header");
        }
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
