package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The options of removing an object (DeleteObject): the version, and whether GOVERNANCE
 * retention is bypassed. Immutable; start from {@link #none()}.
 *
 * @param versionId the version to remove for good, or {@code null} to remove the latest
 * (in a versioned bucket: to add a delete marker)
 * @param bypassGovernanceRetention whether a version under GOVERNANCE retention is
 * removed anyway (the caller needs the {@code s3:BypassGovernanceRetention} permission)
 * @since 0.1.0
 */
public record RemoveObjectOptions(@Nullable String versionId, boolean bypassGovernanceRetention) {

    private static final RemoveObjectOptions NONE = new RemoveObjectOptions(null, false);

    /**
     * Creates options, checking the version id.
     * @param versionId the version, or {@code null}
     * @param bypassGovernanceRetention whether GOVERNANCE retention is bypassed
     * @throws IllegalArgumentException naming {@code versionId} when it is empty or holds
     * a control character
     */
    public RemoveObjectOptions {
        OptionValues.versionId(versionId);
    }

    /**
     * Returns no options: the latest version, retention respected.
     * @return the empty options
     */
    public static RemoveObjectOptions none() {
        return NONE;
    }

    /**
     * Removes a version of the object.
     * @param versionId the version id
     * @return new options
     */
    public RemoveObjectOptions withVersionId(String versionId) {
        Assert.notNull(versionId, "'versionId' must not be null");
        return new RemoveObjectOptions(versionId, this.bypassGovernanceRetention);
    }

    /**
     * Removes the version even when it is under GOVERNANCE retention.
     * @return new options
     */
    public RemoveObjectOptions withBypassGovernanceRetention() {
        return new RemoveObjectOptions(this.versionId, true);
    }

}
