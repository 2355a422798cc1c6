package dev.miniospring.object;

/**
 * How strictly an object lock retention protects object versions.
 *
 * @since 0.1.0
 */
public enum RetentionMode {

    /**
     * Users with the {@code s3:BypassGovernanceRetention} permission may shorten or
     * remove the retention, and delete the version when they ask to bypass governance.
     */
    GOVERNANCE,

    /**
     * Nobody, not even the root user, can shorten the retention or delete the version
     * before it ends.
     */
    COMPLIANCE

}
