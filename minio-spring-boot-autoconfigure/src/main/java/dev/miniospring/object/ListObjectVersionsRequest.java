package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What one page of a version listing asks for: prefix, depth, page size and where to
 * continue.
 *
 * @param prefix only keys starting with it, or {@code null} for all
 * @param recursive {@code false} lists one level, with {@code /} as delimiter and common
 * prefixes as directories
 * @param maxKeys the page size, 1 to 1000
 * @param keyMarker continue after this key: the {@link ObjectVersionsPage#nextKeyMarker()
 * nextKeyMarker} of the previous page, or {@code null} for the first page
 * @param versionIdMarker continue after this version of the key marker: the previous
 * page's {@link ObjectVersionsPage#nextVersionIdMarker() nextVersionIdMarker}, or
 * {@code null}
 * @since 0.1.0
 */
public record ListObjectVersionsRequest(@Nullable String prefix, boolean recursive, int maxKeys,
        @Nullable String keyMarker, @Nullable String versionIdMarker) {

    public ListObjectVersionsRequest {
        Assert.isTrue(maxKeys >= 1 && maxKeys <= ListObjectsRequest.MAX_KEYS,
                () -> "'maxKeys' must be 1 to 1000 (is " + maxKeys + ")");
        Assert.isTrue(versionIdMarker == null || keyMarker != null,
                "'versionIdMarker' must not be given without 'keyMarker'");
    }

    /**
     * Asks for the first page of up to 1000 entries.
     * @param prefix only keys starting with it, or {@code null}
     * @param recursive whether to list all levels
     * @return the request
     */
    public static ListObjectVersionsRequest of(@Nullable String prefix, boolean recursive) {
        return new ListObjectVersionsRequest(prefix, recursive, ListObjectsRequest.MAX_KEYS, null, null);
    }

    /**
     * Returns a copy with another page size.
     * @param maxKeys the page size, 1 to 1000
     * @return the request
     */
    public ListObjectVersionsRequest withMaxKeys(int maxKeys) {
        return new ListObjectVersionsRequest(this.prefix, this.recursive, maxKeys, this.keyMarker,
                this.versionIdMarker);
    }

    /**
     * Returns a copy that continues after a page.
     * @param page the previous page
     * @return the request for the page after it
     */
    public ListObjectVersionsRequest after(ObjectVersionsPage page) {
        Assert.notNull(page, "'page' must not be null");
        return withMarkers(page.nextKeyMarker(), page.nextVersionIdMarker());
    }

    /**
     * Returns a copy that continues after a key and version.
     * @param keyMarker the key
     * @param versionIdMarker the version of that key, or {@code null} to continue after
     * all its versions
     * @return the request
     */
    public ListObjectVersionsRequest withMarkers(@Nullable String keyMarker, @Nullable String versionIdMarker) {
        return new ListObjectVersionsRequest(this.prefix, this.recursive, this.maxKeys, keyMarker, versionIdMarker);
    }

}
