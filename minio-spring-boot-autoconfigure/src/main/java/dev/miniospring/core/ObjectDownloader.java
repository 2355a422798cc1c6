package dev.miniospring.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.object.DownloadOptions;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.util.Assert;

/**
 * Downloads objects into files: an object larger than one part in byte ranges fetched in
 * parallel ({@link ParallelRangeDownload}), sized and pinned to its ETag by a HeadObject
 * first; a smaller one, a byte range, any download with a concurrency of 1, and any
 * object whose HeadObject is answered with an error, in one GET
 * ({@link ObjectResource#fgetObject}).
 */
final class ObjectDownloader {

    /**
     * The longest time a parallel download waits without any of its ranges receiving a
     * byte.
     */
    static final Duration STALL_TIMEOUT = Duration.ofMinutes(5);

    private final ObjectResource objects;

    private final DownloadSettings settings;

    ObjectDownloader(ObjectResource objects, DownloadSettings settings) {
        this.objects = objects;
        this.settings = settings;
    }

    /**
     * Downloads an object into a file through a temporary file next to it, moved into
     * place only when complete.
     * @param bucket the bucket
     * @param key the object key
     * @param file the target file, replaced when it exists
     * @param options the read options, part size and concurrency
     * @return the object information
     */
    StatObjectResponse downloadObject(String bucket, String key, Path file, DownloadOptions options) {
        ObjectArguments.validate(bucket, key);
        ObjectArguments.validateDownloadTarget(file);
        Assert.notNull(options, "'options' must not be null");
        DownloadSettings download = this.settings.with(options);
        GetObjectOptions read = options.read();
        if (download.concurrency() == 1 || read.range() != null || read.checksumMode()) {
            return this.objects.fgetObject(bucket, key, file, read);
        }
        StatObjectResponse object = head(bucket, key, read);
        if (object == null || object.size() <= download.partSize() || object.etag().isEmpty()) {
            return this.objects.fgetObject(bucket, key, file, read);
        }
        return inRanges(object, file, new ParallelRangeDownload((range) -> this.objects.getObject(bucket, key, range),
                object, read, download, STALL_TIMEOUT));
    }

    /**
     * Reads the object's size and ETag; an error answer leaves the download to the single
     * GET, whose answer carries the error document that a HEAD answer has no body for
     * (the code, message and where a redirect points).
     */
    private @Nullable StatObjectResponse head(String bucket, String key, GetObjectOptions read) {
        try {
            return this.objects.head(bucket, key,
                    new StatObjectOptions(read.versionId(), read.conditions(), read.customerKey()));
        }
        catch (MinioErrorResponseException ex) {
            return null;
        }
    }

    private static StatObjectResponse inRanges(StatObjectResponse object, Path file, ParallelRangeDownload download) {
        try {
            DownloadFiles.write(file.toAbsolutePath(), download::writeTo);
            return object;
        }
        catch (IOException | MinioTransportException ex) {
            throw DownloadFiles.failure(object.bucket(), object.key(), file, ex);
        }
    }

}
