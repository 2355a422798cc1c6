package dev.miniospring.bucket;

import org.jspecify.annotations.Nullable;

/**
 * One rule of a bucket lifecycle configuration: which objects it applies to and what
 * happens to them. Start with {@link #enabled(String, LifecycleFilter)} and add actions
 * with the {@code with...} methods.
 *
 * @param id the rule id, unique in the configuration, at most 255 characters
 * @param enabled whether the rule is applied ({@code Enabled}) or kept but not applied
 * ({@code Disabled})
 * @param filter the objects the rule applies to
 * @param expiration when current versions expire, or {@code null}
 * @param noncurrentVersionExpirationDays days after which noncurrent versions are
 * removed, or {@code null}
 * @param abortIncompleteMultipartUploadDays days after which incomplete multipart uploads
 * are aborted, or {@code null}
 * @since 0.1.0
 */
public record LifecycleRule(String id, boolean enabled, LifecycleFilter filter,
        @Nullable LifecycleExpiration expiration, @Nullable Integer noncurrentVersionExpirationDays,
        @Nullable Integer abortIncompleteMultipartUploadDays) {

    /**
     * Starts an enabled rule without actions.
     * @param id the rule id
     * @param filter the objects the rule applies to
     * @return the rule
     */
    public static LifecycleRule enabled(String id, LifecycleFilter filter) {
        return new LifecycleRule(id, true, filter, null, null, null);
    }

    /**
     * Returns this rule, disabled.
     * @return the rule
     */
    public LifecycleRule disabled() {
        return new LifecycleRule(this.id, false, this.filter, this.expiration, this.noncurrentVersionExpirationDays,
                this.abortIncompleteMultipartUploadDays);
    }

    /**
     * Returns this rule with an expiration of current versions.
     * @param expiration the expiration
     * @return the rule
     */
    public LifecycleRule withExpiration(LifecycleExpiration expiration) {
        return new LifecycleRule(this.id, this.enabled, this.filter, expiration, this.noncurrentVersionExpirationDays,
                this.abortIncompleteMultipartUploadDays);
    }

    /**
     * Returns this rule with an expiration of noncurrent versions.
     * @param days days after a version becomes noncurrent
     * @return the rule
     */
    public LifecycleRule withNoncurrentVersionExpirationDays(int days) {
        return new LifecycleRule(this.id, this.enabled, this.filter, this.expiration, days,
                this.abortIncompleteMultipartUploadDays);
    }

    /**
     * Returns this rule with an abort of incomplete multipart uploads.
     * @param days days after an upload was started
     * @return the rule
     */
    public LifecycleRule withAbortIncompleteMultipartUploadDays(int days) {
        return new LifecycleRule(this.id, this.enabled, this.filter, this.expiration,
                this.noncurrentVersionExpirationDays, days);
    }

}
