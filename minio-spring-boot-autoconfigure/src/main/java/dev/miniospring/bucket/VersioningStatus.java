package dev.miniospring.bucket;

/**
 * The versioning state of a bucket.
 *
 * @since 0.1.0
 */
public enum VersioningStatus {

    /**
     * Versioning was never enabled on the bucket: objects have the version id
     * {@code null}.
     */
    OFF,

    /**
     * Every write creates a new version of the object.
     */
    ENABLED,

    /**
     * New writes replace the {@code null} version; versions created while enabled are
     * kept.
     */
    SUSPENDED

}
