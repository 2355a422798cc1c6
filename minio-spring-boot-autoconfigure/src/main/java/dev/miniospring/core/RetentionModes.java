package dev.miniospring.core;

import dev.miniospring.object.RetentionMode;

/**
 * Reads the retention modes of object lock documents.
 */
final class RetentionModes {

    private RetentionModes() {
    }

    /**
     * Parses a mode as S3 writes it.
     * @param mode {@code GOVERNANCE} or {@code COMPLIANCE}
     * @return the mode
     * @throws IllegalArgumentException for any other value
     */
    static RetentionMode parse(String mode) {
        for (RetentionMode candidate : RetentionMode.values()) {
            if (candidate.name().equals(mode.trim())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown retention mode '" + mode + "'");
    }

}
