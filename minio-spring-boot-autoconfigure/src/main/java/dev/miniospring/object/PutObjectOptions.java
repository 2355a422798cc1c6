package dev.miniospring.object;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The options of an upload (PutObject, or a multipart upload): content type, extra
 * headers, user metadata, part size, a progress listener, tags, server-side encryption
 * and a checksum. Immutable; start from {@link #none()} and add options with the
 * {@code with...} methods, each checked when it is given.
 *
 * @param contentType the content type, or {@code null} for
 * {@code application/octet-stream} (guessed from the file name by {@code fputObject})
 * @param headers extra headers stored with the object, such as {@code Cache-Control} or
 * {@code Content-Disposition}
 * @param metadata the user metadata, sent as {@code x-amz-meta-*} headers
 * @param partSize the part size of a multipart upload, 5 MiB to 2047 MiB, or {@code 0}
 * for the template's
 * @param listener receives the upload progress, possibly from upload threads
 * @param tags the tags of the object, sent as {@code x-amz-tagging}
 * @param encryption how the server encrypts the object, or {@code null} for the bucket's
 * default
 * @param checksum the checksum sent with the data and stored with the object, or
 * {@code null} for the template's
 * @param fullObjectChecksum whether a multipart upload sends the full-object CRC
 * ({@code FULL_OBJECT}) rather than leaving the server a composite checksum
 * @since 0.1.0
 */
public record PutObjectOptions(@Nullable String contentType, Map<String, String> headers, Map<String, String> metadata,
        long partSize, ProgressListener listener, Tags tags, @Nullable ServerSideEncryption encryption,
        @Nullable ChecksumAlgorithm checksum, boolean fullObjectChecksum) {

    private static final long MIN_PART_SIZE = 5L * 1024 * 1024;

    private static final long MAX_PART_SIZE = 2047L * 1024 * 1024;

    private static final Set<String> CLIENT_HEADERS = Set.of("authorization", "content-length", "content-type", "host",
            "x-amz-content-sha256", "x-amz-date", "x-amz-checksum-algorithm", "x-amz-checksum-crc32",
            "x-amz-checksum-crc32c", "x-amz-checksum-sha1", "x-amz-checksum-sha256");

    private static final PutObjectOptions NONE = new PutObjectOptions(null, Map.of(), Map.of(), 0,
            ProgressListener.NONE, Tags.empty(), null, null, false);

    /**
     * Creates options, checking every value.
     * @param contentType the content type, or {@code null}
     * @param headers extra headers
     * @param metadata the user metadata
     * @param partSize the part size, or {@code 0}
     * @param listener the progress listener
     * @param tags the tags
     * @param encryption the encryption, or {@code null}
     * @param checksum the checksum algorithm, or {@code null}
     * @param fullObjectChecksum whether a multipart upload sends the full-object CRC
     * @throws IllegalArgumentException naming the invalid argument
     */
    public PutObjectOptions {
        OptionValues.contentType(contentType);
        headers = OptionValues.headers(headers, "headers");
        headers.keySet()
            .forEach((name) -> Assert.isTrue(!CLIENT_HEADERS.contains(name.toLowerCase(Locale.ROOT)),
                    () -> "'headers' " + "must not contain '" + name
                            + "': set by the client (the content type is 'contentType', the "
                            + "checksum 'checksum')"));
        metadata = OptionValues.metadata(metadata);
        Assert.isTrue(partSize == 0 || (partSize >= MIN_PART_SIZE && partSize <= MAX_PART_SIZE),
                () -> "'partSize' must be 0 (the template's) or 5 MiB to 2047 MiB, a part being held in memory (is "
                        + partSize + ")");
        Assert.notNull(listener, "'listener' must not be null");
        Assert.notNull(tags, "'tags' must not be null");
        Assert.isTrue(
                !fullObjectChecksum || checksum == ChecksumAlgorithm.CRC32C || checksum == ChecksumAlgorithm.CRC32,
                "'fullObjectChecksum' needs a CRC32C or CRC32 'checksum'");
        tags = Tags.forObject(tags.get());
    }

    /**
     * Returns no options: {@code application/octet-stream}, no metadata, the template's
     * part size.
     * @return the empty options
     */
    public static PutObjectOptions none() {
        return NONE;
    }

    /**
     * Sets the content type.
     * @param contentType the content type
     * @return new options
     */
    public PutObjectOptions withContentType(String contentType) {
        Assert.notNull(contentType, "'contentType' must not be null");
        return new PutObjectOptions(contentType, this.headers, this.metadata, this.partSize, this.listener, this.tags,
                this.encryption, this.checksum, this.fullObjectChecksum);
    }

    /**
     * Adds an extra header, such as {@code Cache-Control}; it replaces one of the same
     * name given before.
     * @param name the header name
     * @param value the header value
     * @return new options
     */
    public PutObjectOptions withHeader(String name, String value) {
        return new PutObjectOptions(this.contentType, OptionValues.with(this.headers, name, value), this.metadata,
                this.partSize, this.listener, this.tags, this.encryption, this.checksum, this.fullObjectChecksum);
    }

    /**
     * Sets the user metadata.
     * @param metadata the metadata; values that are not plain printable ASCII are sent
     * RFC 2047-encoded
     * @return new options
     */
    public PutObjectOptions withMetadata(Map<String, String> metadata) {
        return new PutObjectOptions(this.contentType, this.headers, metadata, this.partSize, this.listener, this.tags,
                this.encryption, this.checksum, this.fullObjectChecksum);
    }

    /**
     * Sets the part size of this upload, instead of the template's.
     * @param partSize 5 MiB to 2047 MiB; raised when the object would need more than
     * 10,000 parts
     * @return new options
     */
    public PutObjectOptions withPartSize(long partSize) {
        return new PutObjectOptions(this.contentType, this.headers, this.metadata, partSize, this.listener, this.tags,
                this.encryption, this.checksum, this.fullObjectChecksum);
    }

    /**
     * Reports the upload progress as the server accepts the bytes.
     * @param listener receives the progress, possibly from upload threads
     * @return new options
     */
    public PutObjectOptions withProgressListener(ProgressListener listener) {
        return new PutObjectOptions(this.contentType, this.headers, this.metadata, this.partSize, listener, this.tags,
                this.encryption, this.checksum, this.fullObjectChecksum);
    }

    /**
     * Encrypts the object on the server; a customer key goes on every request of a
     * multipart upload.
     * @param encryption the encryption: SSE-C, SSE-S3 or SSE-KMS
     * @return new options
     */
    public PutObjectOptions withEncryption(ServerSideEncryption encryption) {
        Assert.notNull(encryption, "'encryption' must not be null");
        return new PutObjectOptions(this.contentType, this.headers, this.metadata, this.partSize, this.listener,
                this.tags, encryption, this.checksum, this.fullObjectChecksum);
    }

    /**
     * Sets the tags of the object, stored with it by the upload.
     * @param tags at most 10 tags
     * @return new options
     * @throws IllegalArgumentException naming {@code tags} when there are more than an
     * object may have
     */
    public PutObjectOptions withTags(Tags tags) {
        return new PutObjectOptions(this.contentType, this.headers, this.metadata, this.partSize, this.listener, tags,
                this.encryption, this.checksum, this.fullObjectChecksum);
    }

    /**
     * Sends a checksum of the data that the server verifies and stores (for a multipart
     * upload, each part's and the composite checksum of the parts), instead of the
     * template's.
     * @param checksum the algorithm, such as {@link ChecksumAlgorithm#CRC32C}
     * @return new options
     */
    public PutObjectOptions withChecksum(ChecksumAlgorithm checksum) {
        Assert.notNull(checksum, "'checksum' must not be null");
        return new PutObjectOptions(this.contentType, this.headers, this.metadata, this.partSize, this.listener,
                this.tags, this.encryption, checksum, false);
    }

    /**
     * Sends a full-object CRC with a multipart upload
     * ({@code x-amz-checksum-type: FULL_OBJECT}): the CRC of the whole object, combined
     * from the parts' CRCs, which downloads can verify (a composite checksum they
     * cannot). AWS S3 supports it since 2025; servers that do not may refuse the upload.
     * A single PUT sends the CRC of the whole object either way.
     * @param checksum {@link ChecksumAlgorithm#CRC32C} or {@link ChecksumAlgorithm#CRC32}
     * @return new options
     * @throws IllegalArgumentException for SHA-1 or SHA-256, which S3 keeps only as
     * composite checksums
     */
    public PutObjectOptions withFullObjectChecksum(ChecksumAlgorithm checksum) {
        Assert.notNull(checksum, "'checksum' must not be null");
        Assert.isTrue(checksum == ChecksumAlgorithm.CRC32C || checksum == ChecksumAlgorithm.CRC32,
                () -> "'checksum' of a full-object checksum must be CRC32C or CRC32, not " + checksum);
        return new PutObjectOptions(this.contentType, this.headers, this.metadata, this.partSize, this.listener,
                this.tags, this.encryption, checksum, true);
    }

}
