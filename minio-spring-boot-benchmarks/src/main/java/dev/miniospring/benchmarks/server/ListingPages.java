package dev.miniospring.benchmarks.server;

import java.nio.charset.StandardCharsets;

/**
 * Pre-rendered ListObjectsV2 (and V1) pages of a fixed listing of {@value #KEYS} keys in
 * pages of {@value #PAGE_SIZE}.
 */
final class ListingPages {

    static final int KEYS = 1000;

    static final int PAGE_SIZE = 100;

    private static final String TOKEN_PREFIX = "page-";

    private final byte[][] v2Pages = new byte[KEYS / PAGE_SIZE][];

    private final byte[][] v1Pages = new byte[KEYS / PAGE_SIZE][];

    ListingPages(String bucket) {
        for (int page = 0; page < this.v2Pages.length; page++) {
            this.v2Pages[page] = render(bucket, page, true);
            this.v1Pages[page] = render(bucket, page, false);
        }
    }

    /**
     * Returns the page after a continuation token or marker (the first page for
     * {@code null}).
     */
    byte[] page(String token, boolean v2) {
        int page = 0;
        if (token != null && token.startsWith(TOKEN_PREFIX)) {
            page = Integer.parseInt(token.substring(TOKEN_PREFIX.length()));
        }
        else if (token != null && !token.isEmpty()) {
            page = Math.min(this.v2Pages.length - 1,
                    (Integer.parseInt(token.substring(token.length() - 4)) + 1) / PAGE_SIZE);
        }
        return v2 ? this.v2Pages[page] : this.v1Pages[page];
    }

    private static byte[] render(String bucket, int page, boolean v2) {
        boolean truncated = page < KEYS / PAGE_SIZE - 1;
        StringBuilder xml = new StringBuilder(24 * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
            .append("<Name>")
            .append(bucket)
            .append("</Name><Prefix>list/</Prefix>")
            .append("<MaxKeys>")
            .append(PAGE_SIZE)
            .append("</MaxKeys>")
            .append("<IsTruncated>")
            .append(truncated)
            .append("</IsTruncated>");
        if (v2) {
            xml.append("<KeyCount>").append(PAGE_SIZE).append("</KeyCount>");
            if (truncated) {
                xml.append("<NextContinuationToken>")
                    .append(TOKEN_PREFIX)
                    .append(page + 1)
                    .append("</NextContinuationToken>");
            }
        }
        else if (truncated) {
            xml.append("<NextMarker>").append(key(page * PAGE_SIZE + PAGE_SIZE - 1)).append("</NextMarker>");
        }
        for (int i = page * PAGE_SIZE; i < (page + 1) * PAGE_SIZE; i++) {
            xml.append("<Contents><Key>")
                .append(key(i))
                .append("</Key>")
                .append("<LastModified>2026-11-27T12:00:00.000Z</LastModified>")
                .append("<ETag>&quot;0123456789abcdef0123456789abcdef&quot;</ETag>")
                .append("<Size>4096</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        return xml.append("</ListBucketResult>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String key(int index) {
        return String.format("list/k%04d", index);
    }

}
