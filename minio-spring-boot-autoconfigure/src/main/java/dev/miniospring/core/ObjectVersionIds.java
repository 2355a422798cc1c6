package dev.miniospring.core;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.S3Request;

/**
 * Checks the version ids of object version operations and adds them to requests.
 */
final class ObjectVersionIds {

    private ObjectVersionIds() {
    }

    /**
     * Validates the {@code versionId} argument.
     * @param versionId the version id, or {@code null} for the current version
     * @param argument the argument name used in the message
     * @throws IllegalArgumentException when it is empty or holds a control character
     */
    static void validate(@Nullable String versionId, String argument) {
        if (versionId == null) {
            return;
        }
        if (versionId.isEmpty()) {
            throw new IllegalArgumentException(
                    "'" + argument + "' must not be empty; use null for the current version");
        }
        if (versionId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("'" + argument + "' must not contain control characters");
        }
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
