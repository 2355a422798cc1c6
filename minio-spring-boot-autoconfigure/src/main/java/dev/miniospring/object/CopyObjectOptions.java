package dev.miniospring.object;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The options of a copy (CopyObject): whether the copy keeps the source's content type
 * and user metadata ({@link MetadataDirective#COPY}, the default) or gets new ones
 * ({@link MetadataDirective#REPLACE}). Immutable; start from {@link #none()}.
 *
 * @param metadataDirective what the copy stores as content type and user metadata
 * @param contentType the new content type, or {@code null} to keep the source's; only
 * with {@link MetadataDirective#REPLACE}
 * @param metadata the new user metadata, replacing all of the source's; only with
 * {@link MetadataDirective#REPLACE}
 * @param encryption how the server encrypts the object, or {@code null} for the bucket's
 * default
 * @since 0.1.0
 */
public record CopyObjectOptions(MetadataDirective metadataDirective, @Nullable String contentType,
        Map<String, String> metadata, @Nullable ServerSideEncryption encryption) {

    private static final CopyObjectOptions NONE = new CopyObjectOptions(MetadataDirective.COPY, null, Map.of(), null);

    /**
     * Creates options, checking every value.
     * @param metadataDirective what the copy stores as content type and user metadata
     * @param contentType the new content type, or {@code null}
     * @param metadata the new user metadata
     * @param encryption the encryption, or {@code null}
     * @throws IllegalArgumentException naming the invalid argument, or when a content
     * type or metadata is given with {@link MetadataDirective#COPY}
     */
    public CopyObjectOptions {
        Assert.notNull(metadataDirective, "'metadataDirective' must not be null");
        OptionValues.contentType(contentType);
        metadata = OptionValues.metadata(metadata);
        Assert.isTrue(metadataDirective == MetadataDirective.REPLACE || (contentType == null && metadata.isEmpty()),
                "'contentType' and 'metadata' need 'metadataDirective' REPLACE");
    }

    /**
     * Returns no options: the copy keeps the source's content type and user metadata.
     * @return the empty options
     */
    public static CopyObjectOptions none() {
        return NONE;
    }

    /**
     * Replaces the user metadata: the copy gets exactly these (and the content type of
     * these options, or the source's when none is given).
     * @param metadata the new user metadata, possibly empty
     * @return new options, with {@link MetadataDirective#REPLACE}
     */
    public CopyObjectOptions withMetadata(Map<String, String> metadata) {
        return new CopyObjectOptions(MetadataDirective.REPLACE, this.contentType, metadata, this.encryption);
    }

    /**
     * Replaces the content type; the user metadata of the copy is then the metadata of
     * these options (none unless given with {@link #withMetadata(Map)}).
     * @param contentType the new content type
     * @return new options, with {@link MetadataDirective#REPLACE}
     */
    public CopyObjectOptions withContentType(String contentType) {
        Assert.notNull(contentType, "'contentType' must not be null");
        return new CopyObjectOptions(MetadataDirective.REPLACE, contentType, this.metadata, this.encryption);
    }

    /**
     * Encrypts the copy on the server, whatever the source's encryption.
     * @param encryption the encryption: SSE-C, SSE-S3 or SSE-KMS
     * @return new options
     */
    public CopyObjectOptions withEncryption(ServerSideEncryption encryption) {
        Assert.notNull(encryption, "'encryption' must not be null");
        return new CopyObjectOptions(this.metadataDirective, this.contentType, this.metadata, encryption);
    }
}
