package dev.miniospring.policy;

/**
 * A canned anonymous-access policy for the objects of a bucket under a prefix, as in the
 * MinIO client API.
 *
 * @since 0.1.0
 */
public enum Policy {

    /**
     * No anonymous access.
     */
    NONE,

    /**
     * Anonymous users may list and download.
     */
    READ_ONLY,

    /**
     * Anonymous users may upload, delete and manage multipart uploads.
     */
    WRITE_ONLY,

    /**
     * Anonymous users may do both.
     */
    READ_WRITE;

    /**
     * Tells whether this policy lets anonymous users read.
     * @return {@code true} for {@link #READ_ONLY} and {@link #READ_WRITE}
     */
    public boolean allowsRead() {
        return this == READ_ONLY || this == READ_WRITE;
    }

    /**
     * Tells whether this policy lets anonymous users write.
     * @return {@code true} for {@link #WRITE_ONLY} and {@link #READ_WRITE}
     */
    public boolean allowsWrite() {
        return this == WRITE_ONLY || this == READ_WRITE;
    }

}
