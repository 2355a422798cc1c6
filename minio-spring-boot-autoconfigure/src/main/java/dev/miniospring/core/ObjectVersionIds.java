package dev.miniospring.core;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.VersionIds;

/**
 * Checks the version ids of object version operations and adds them to requests.
 */
final class ObjectVersionIds {

    private ObjectVersionIds() {
    }

    /**
     * Validates the arguments of an operation on an object version.
     * @param bucket the bucket
     * @param key the key
     * @param versionId the version id, or {@code null} for the current version
     * @throws IllegalArgumentException naming the first invalid argument
     */
    static void validate(String bucket, String key, @Nullable String versionId) {
        ObjectArguments.validate(bucket, key);
        VersionIds.validate(versionId, "versionId");
    }

    /**
     * Adds the {@code versionId} query parameter when a version is named.
     * @param request the request
     * @param versionId the version id, or {@code null}
     * @return the request
     */
    static S3Request.Builder query(S3Request.Builder request, @Nullable String versionId) {
        return (versionId != null) ? request.query("versionId", versionId) : request;
    }

}
