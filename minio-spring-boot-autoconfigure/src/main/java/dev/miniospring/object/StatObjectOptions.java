package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The options of reading an object's information (HeadObject): version and conditions. Immutable; start from
 * {@link #none()}.
 *
 * @param versionId the version to read, or {@code null} for the latest
 * @param conditions the conditions on the object ({@code If-*} headers)
 */
public record StatObjectOptions(@Nullable String versionId, Conditions conditions) {

    private static final StatObjectOptions NONE = new StatObjectOptions(null, Conditions.none());

    /**
     * Creates options, checking every value.
     * @param versionId the version, or {@code null}
     * @param conditions the conditions
     * @throws IllegalArgumentException naming the invalid argument
     */
    public StatObjectOptions {
        OptionValues.versionId(versionId);
        Assert.notNull(conditions, "'conditions' must not be null");
    }

    /**
     * Returns no options: the latest version, unconditionally.
     * @return the empty options
     */
    public static StatObjectOptions none() {
        return NONE;
    }

    /**
     * Reads a version of the object instead of the latest.
     * @param versionId the version id
     * @return new options
     */
    public StatObjectOptions withVersionId(String versionId) {
        Assert.notNull(versionId, "'versionId' must not be null");
        return new StatObjectOptions(versionId, this.conditions);
    }

    /**
     * Reads only when the conditions hold.
     * @param conditions the conditions
     * @return new options
     */
    public StatObjectOptions withConditions(Conditions conditions) {
        return new StatObjectOptions(this.versionId, conditions);
    }

}
