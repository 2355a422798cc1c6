package dev.miniospring.core;

import java.util.concurrent.ThreadFactory;

import dev.miniospring.internal.upload.UploadSettings;
import dev.miniospring.object.DownloadOptions;

import org.springframework.util.Assert;

/**
 * How a template downloads into files: objects larger than {@code partSize} are fetched
 * in ranges of that size, {@code concurrency} at a time, on threads of the template's
 * factory (the one of its part uploads).
 *
 * @param partSize the range size, at least 1 MiB
 * @param concurrency the number of ranges fetched at once, at least 1 ({@code 1}
 * downloads in one GET)
 * @param threads creates the threads that fetch the ranges
 */
record DownloadSettings(long partSize, int concurrency, ThreadFactory threads) {

    /**
     * The default range size (8 MiB, as the AWS TransferManager's).
     */
    static final long DEFAULT_PART_SIZE = 8L * 1024 * 1024;

    /**
     * The default number of ranges fetched at once.
     */
    static final int DEFAULT_CONCURRENCY = 8;

    DownloadSettings {
        if (partSize < DownloadOptions.MIN_PART_SIZE) {
            throw new IllegalArgumentException("'downloadPartSize' must be at least 1 MiB (is " + partSize + " bytes)");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("'downloadConcurrency' must be at least 1 (is " + concurrency + ")");
        }
        Assert.notNull(threads, "'threads' must not be null");
    }

    /**
     * Returns the defaults, on platform daemon threads.
     */
    static DownloadSettings defaults() {
        return new DownloadSettings(DEFAULT_PART_SIZE, DEFAULT_CONCURRENCY, UploadSettings.PLATFORM_THREADS);
    }

    /**
     * Returns the settings of one download: the options' part size and concurrency where
     * they give one.
     */
    DownloadSettings with(DownloadOptions options) {
        return new DownloadSettings((options.partSize() > 0) ? options.partSize() : this.partSize,
                (options.concurrency() > 0) ? options.concurrency() : this.concurrency, this.threads);
    }

}
