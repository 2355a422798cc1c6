package dev.miniospring.object;

import org.springframework.util.Assert;

/**
 * The options of a download into a file ({@code downloadObject}, {@code fgetObject}): the
 * read options, and how an object larger than one part is split into byte ranges fetched
 * in parallel. Immutable; start from {@link #none()} or {@link #of(GetObjectOptions)} and
 * add options with the {@code with...} methods, each checked when it is given.
 *
 * @param read the read options: version, conditions, SSE-C key, progress listener and the
 * other GetObject options
 * @param partSize the size of each range of a parallel download, at least 1 MiB, or
 * {@code 0} for the template's
 * @param concurrency the number of ranges fetched at once, at least 1 ({@code 1}
 * downloads in one GET), or {@code 0} for the template's
 * @since 0.1.0
 */
public record DownloadOptions(GetObjectOptions read, long partSize, int concurrency) {

    /**
     * The smallest range size of a parallel download (1 MiB).
     */
    public static final long MIN_PART_SIZE = 1024 * 1024;

    private static final DownloadOptions NONE = new DownloadOptions(GetObjectOptions.none(), 0, 0);

    /**
     * Creates options, checking every value.
     * @param read the read options
     * @param partSize the range size, or {@code 0}
     * @param concurrency the number of ranges fetched at once, or {@code 0}
     * @throws IllegalArgumentException naming the invalid argument
     */
    public DownloadOptions {
        Assert.notNull(read, "'read' must not be null");
        Assert.isTrue(partSize == 0 || partSize >= MIN_PART_SIZE,
                () -> "'partSize' must be 0 (the template's) or at least 1 MiB (is " + partSize + ")");
        Assert.isTrue(concurrency >= 0,
                () -> "'concurrency' must be 0 (the template's) or at least 1 (is " + concurrency + ")");
    }

    /**
     * Returns no options: the whole latest version, with the template's part size and
     * concurrency.
     * @return the empty options
     */
    public static DownloadOptions none() {
        return NONE;
    }

    /**
     * Returns options that read as the given read options do, with the template's part
     * size and concurrency.
     * @param read the read options
     * @return new options
     */
    public static DownloadOptions of(GetObjectOptions read) {
        return new DownloadOptions(read, 0, 0);
    }

    /**
     * Splits a large object into ranges of this size.
     * @param partSize at least 1 MiB
     * @return new options
     */
    public DownloadOptions withPartSize(long partSize) {
        Assert.isTrue(partSize >= MIN_PART_SIZE, () -> "'partSize' must be at least 1 MiB (is " + partSize + ")");
        return new DownloadOptions(this.read, partSize, this.concurrency);
    }

    /**
     * Fetches this many ranges at once.
     * @param concurrency at least 1; {@code 1} downloads the object in one GET
     * @return new options
     */
    public DownloadOptions withConcurrency(int concurrency) {
        Assert.isTrue(concurrency >= 1, () -> "'concurrency' must be at least 1 (is " + concurrency + ")");
        return new DownloadOptions(this.read, this.partSize, concurrency);
    }

}
