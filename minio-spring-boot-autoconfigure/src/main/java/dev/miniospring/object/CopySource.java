package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.ControlCharacters;

import org.springframework.util.Assert;

/**
 * The source object of a copy: bucket, key, version and the conditions it must meet.
 * Immutable; the bucket name and key rules are checked, naming {@code source}, before the
 * copy is sent.
 *
 * @param bucket the source bucket
 * @param key the source key
 * @param versionId the source version, or {@code null} for the latest
 * @param conditions the conditions on the source ({@code x-amz-copy-source-if-*} headers)
 * @param customerKey the SSE-C key of the source, or {@code null} when it is not
 * encrypted with one
 * @since 0.1.0
 */
public record CopySource(String bucket, String key, @Nullable String versionId, Conditions conditions,
        ServerSideEncryption.@Nullable CustomerKey customerKey) {

    /**
     * Creates a source, checking every value.
     * @param bucket the source bucket
     * @param key the source key
     * @param versionId the source version, or {@code null}
     * @param conditions the conditions on the source
     * @param customerKey the SSE-C key, or {@code null}
     * @throws IllegalArgumentException naming the invalid argument
     */
    public CopySource {
        Assert.hasLength(bucket, "'bucket' must not be empty");
        Assert.hasLength(key, "'key' must not be empty");
        OptionValues.versionId(versionId);
        Assert.notNull(conditions, "'conditions' must not be null");
    }

    /**
     * Returns the latest version of an object, unconditionally.
     * @param bucket the source bucket
     * @param key the source key
     * @return the source
     */
    public static CopySource of(String bucket, String key) {
        return new CopySource(bucket, key, null, Conditions.none(), null);
    }

    /**
     * Parses a source written as {@code bucket/key} or {@code /bucket/key}.
     * @param source the source
     * @return the latest version of that object, unconditionally
     * @throws IllegalArgumentException naming {@code source} when it is not a bucket and
     * a key
     */
    public static CopySource parse(String source) {
        Assert.notNull(source, "'source' must not be null");
        String path = source.startsWith("/") ? source.substring(1) : source;
        int slash = path.indexOf('/');
        Assert.isTrue(slash > 0, () -> "'source' must be 'bucket/key' (is '" + ControlCharacters.escape(source) + "')");
        try {
            return of(path.substring(0, slash), path.substring(slash + 1));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(
                    "Invalid 'source' '" + ControlCharacters.escape(source) + "': " + ex.getMessage(), ex);
        }
    }

    /**
     * Copies a version of the object instead of the latest.
     * @param versionId the version id
     * @return a new source
     */
    public CopySource withVersionId(String versionId) {
        Assert.notNull(versionId, "'versionId' must not be null");
        return new CopySource(this.bucket, this.key, versionId, this.conditions, this.customerKey);
    }

    /**
     * Copies only when the source meets the conditions.
     * @param conditions the conditions
     * @return a new source
     */
    public CopySource withConditions(Conditions conditions) {
        return new CopySource(this.bucket, this.key, this.versionId, conditions, this.customerKey);
    }

    /**
     * Decrypts a source written with SSE-C: sends its key as
     * {@code x-amz-copy-source-server-side-encryption-customer-*} headers.
     * @param customerKey the SSE-C key the object was written with
     * @return new source
     */
    public CopySource withCustomerKey(ServerSideEncryption.CustomerKey customerKey) {
        Assert.notNull(customerKey, "'customerKey' must not be null");
        return new CopySource(this.bucket, this.key, this.versionId, this.conditions, customerKey);
    }

    @Override
    public String toString() {
        return this.bucket + "/" + this.key + ((this.versionId != null) ? "?versionId=" + this.versionId : "");
    }

}
