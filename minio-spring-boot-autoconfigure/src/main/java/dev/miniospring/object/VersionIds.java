package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

/**
 * Checks object version ids before anything is sent, for the option types and the
 * operations that take one.
 *
 * @since 0.1.0
 */
public final class VersionIds {

    private VersionIds() {
    }

    /**
     * Validates a version id.
     * @param versionId the version id, or {@code null} for the current version
     * @param argument the argument name used in the message
     * @return the version id
     * @throws IllegalArgumentException naming the argument when the id is blank or holds
     * a control character
     */
    public static @Nullable String validate(@Nullable String versionId, String argument) {
        if (versionId == null) {
            return null;
        }
        if (versionId.isBlank()) {
            throw new IllegalArgumentException("'" + argument + "' must not be empty");
        }
        if (versionId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("'" + argument + "' must not contain control characters");
        }
        return versionId;
    }

}
