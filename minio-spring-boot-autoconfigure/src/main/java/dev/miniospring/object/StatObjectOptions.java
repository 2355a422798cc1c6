package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The options of reading an object's information (HeadObject): version, conditions, SSE-C
 * key and checksum. Immutable; start from {@link #none()}.
 *
 * @param versionId the version to read, or {@code null} for the latest
 * @param conditions the conditions on the object ({@code If-*} headers)
 * @param customerKey the SSE-C key of the object, or {@code null} when it is not
 * encrypted with one
 * @param checksumMode whether to ask for the checksum stored with the object
 * ({@code x-amz-checksum-mode: ENABLED})
 * @since 0.1.0
 */
public record StatObjectOptions(@Nullable String versionId, Conditions conditions,
        ServerSideEncryption.@Nullable CustomerKey customerKey, boolean checksumMode) {

    private static final StatObjectOptions NONE = new StatObjectOptions(null, Conditions.none(), null, false);

    /**
     * Creates options, checking every value.
     * @param versionId the version, or {@code null}
     * @param conditions the conditions
     * @param customerKey the SSE-C key, or {@code null}
     * @param checksumMode whether to ask for the checksum
     * @throws IllegalArgumentException naming the invalid argument
     */
    public StatObjectOptions {
        OptionValues.versionId(versionId);
        Assert.notNull(conditions, "'conditions' must not be null");
    }

    /**
     * Creates options that do not ask for the checksum.
     * @param versionId the version, or {@code null}
     * @param conditions the conditions
     * @param customerKey the SSE-C key, or {@code null}
     */
    public StatObjectOptions(@Nullable String versionId, Conditions conditions,
            ServerSideEncryption.@Nullable CustomerKey customerKey) {
        this(versionId, conditions, customerKey, false);
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
        return new StatObjectOptions(versionId, this.conditions, this.customerKey, this.checksumMode);
    }

    /**
     * Reads only when the conditions hold.
     * @param conditions the conditions
     * @return new options
     */
    public StatObjectOptions withConditions(Conditions conditions) {
        return new StatObjectOptions(this.versionId, conditions, this.customerKey, this.checksumMode);
    }

    /**
     * Reads the information of an object written with SSE-C: sends its key.
     * @param customerKey the SSE-C key the object was written with
     * @return new options
     */
    public StatObjectOptions withCustomerKey(ServerSideEncryption.CustomerKey customerKey) {
        Assert.notNull(customerKey, "'customerKey' must not be null");
        return new StatObjectOptions(this.versionId, this.conditions, customerKey, this.checksumMode);
    }

    /**
     * Asks for the checksum stored with the object
     * ({@code x-amz-checksum-mode: ENABLED}), reported as
     * {@link StatObjectResponse#checksum()} when the server keeps one.
     * @return new options
     */
    public StatObjectOptions withChecksumMode() {
        return new StatObjectOptions(this.versionId, this.conditions, this.customerKey, true);
    }

}
