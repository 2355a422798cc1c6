package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What one page of an object listing asks for: prefix, depth, page size and where to
 * continue.
 *
 * @param prefix only keys starting with it, or {@code null} for all
 * @param recursive {@code false} lists one level, with {@code /} as delimiter and common
 * prefixes as directories
 * @param maxKeys the page size, 1 to 1000
 * @param token where to continue: the {@link ListObjectsPage#nextToken() nextToken} of
 * the previous page (a continuation token for ListObjectsV2, a marker for ListObjects
 * v1), or {@code null} for the first page
 * @param startAfter list only keys after this one (ListObjectsV2; ignored when a token is
 * set), or {@code null}
 * @param includeMetadata ask for content types and user metadata (a MinIO extension of
 * ListObjectsV2)
 * @since 0.1.0
 */
public record ListObjectsRequest(@Nullable String prefix, boolean recursive, int maxKeys, @Nullable String token,
        @Nullable String startAfter, boolean includeMetadata) {

    /**
     * The largest page S3 returns.
     */
    public static final int MAX_KEYS = 1000;

    public ListObjectsRequest {
        Assert.isTrue(maxKeys >= 1 && maxKeys <= MAX_KEYS, () -> "'maxKeys' must be 1 to 1000 (is " + maxKeys + ")");
    }

    /**
     * Asks for the first page of up to 1000 entries.
     * @param prefix only keys starting with it, or {@code null}
     * @param recursive whether to list all levels
     * @return the request
     */
    public static ListObjectsRequest of(@Nullable String prefix, boolean recursive) {
        return new ListObjectsRequest(prefix, recursive, MAX_KEYS, null, null, false);
    }

    /**
     * Returns a copy with another page size.
     * @param maxKeys the page size, 1 to 1000
     * @return the request
     */
    public ListObjectsRequest withMaxKeys(int maxKeys) {
        return new ListObjectsRequest(this.prefix, this.recursive, maxKeys, this.token, this.startAfter,
                this.includeMetadata);
    }

    /**
     * Returns a copy that continues after a page.
     * @param token the previous page's {@link ListObjectsPage#nextToken() nextToken}
     * @return the request
     */
    public ListObjectsRequest withToken(@Nullable String token) {
        return new ListObjectsRequest(this.prefix, this.recursive, this.maxKeys, token, this.startAfter,
                this.includeMetadata);
    }

    /**
     * Returns a copy that lists only keys after one (ListObjectsV2).
     * @param startAfter the key
     * @return the request
     */
    public ListObjectsRequest withStartAfter(@Nullable String startAfter) {
        return new ListObjectsRequest(this.prefix, this.recursive, this.maxKeys, this.token, startAfter,
                this.includeMetadata);
    }

    /**
     * Returns a copy that asks for content types and user metadata (MinIO extension,
     * ListObjectsV2).
     * @param includeMetadata whether to ask
     * @return the request
     */
    public ListObjectsRequest withMetadata(boolean includeMetadata) {
        return new ListObjectsRequest(this.prefix, this.recursive, this.maxKeys, this.token, this.startAfter,
                includeMetadata);
    }

}
