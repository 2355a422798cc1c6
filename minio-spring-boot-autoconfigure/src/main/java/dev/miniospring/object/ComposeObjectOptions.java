package dev.miniospring.object;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The options of the object a compose writes: content type, user metadata, tags and
 * server-side encryption. The new object gets these, never the sources' attributes.
 * Immutable; start from {@link #none()}.
 *
 * @param contentType the content type, or {@code null} for
 * {@code application/octet-stream}
 * @param metadata the user metadata, sent as {@code x-amz-meta-*} headers
 * @param tags the tags of the object, sent as {@code x-amz-tagging}
 * @param encryption how the server encrypts the object, or {@code null} for the bucket's
 * default; a customer key is sent on every request that writes the object
 * @since 0.1.0
 */
public record ComposeObjectOptions(@Nullable String contentType, Map<String, String> metadata, Tags tags,
        @Nullable ServerSideEncryption encryption) {

    private static final ComposeObjectOptions NONE = new ComposeObjectOptions(null, Map.of(), Tags.empty(), null);

    /**
     * Creates options, checking every value.
     * @param contentType the content type, or {@code null}
     * @param metadata the user metadata
     * @param tags the tags
     * @param encryption the encryption, or {@code null}
     * @throws IllegalArgumentException naming the invalid argument
     */
    public ComposeObjectOptions {
        OptionValues.contentType(contentType);
        metadata = OptionValues.metadata(metadata);
        Assert.notNull(tags, "'tags' must not be null");
        tags = Tags.forObject(tags.get());
    }

    /**
     * Returns no options: {@code application/octet-stream}, no metadata, no tags, the
     * bucket's default encryption.
     * @return the empty options
     */
    public static ComposeObjectOptions none() {
        return NONE;
    }

    /**
     * Sets the content type.
     * @param contentType the content type
     * @return new options
     */
    public ComposeObjectOptions withContentType(String contentType) {
        Assert.notNull(contentType, "'contentType' must not be null");
        return new ComposeObjectOptions(contentType, this.metadata, this.tags, this.encryption);
    }

    /**
     * Sets the user metadata.
     * @param metadata the metadata; values that are not plain printable ASCII are sent
     * RFC 2047-encoded
     * @return new options
     */
    public ComposeObjectOptions withMetadata(Map<String, String> metadata) {
        return new ComposeObjectOptions(this.contentType, metadata, this.tags, this.encryption);
    }

    /**
     * Sets the tags of the object.
     * @param tags at most 10 tags
     * @return new options
     */
    public ComposeObjectOptions withTags(Tags tags) {
        return new ComposeObjectOptions(this.contentType, this.metadata, tags, this.encryption);
    }

    /**
     * Encrypts the new object on the server, whatever the sources' encryption.
     * @param encryption the encryption: SSE-C, SSE-S3 or SSE-KMS
     * @return new options
     */
    public ComposeObjectOptions withEncryption(ServerSideEncryption encryption) {
        Assert.notNull(encryption, "'encryption' must not be null");
        return new ComposeObjectOptions(this.contentType, this.metadata, this.tags, encryption);
    }

}
