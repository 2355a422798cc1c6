package dev.miniospring.internal.upload;

import java.io.IOException;
import java.io.InputStream;

import dev.miniospring.MinioException;
import dev.miniospring.internal.transport.ETags;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.object.ObjectWriteResponse;

/**
 * Uploads a stream as one PUT when it fits in a part, and as a parallel multipart upload
 * otherwise.
 *
 * @since 0.1.0
 */
public final class ObjectUploader {

    static final int MAX_PARTS = 10_000;

    private static final long MIB = 1024 * 1024;

    private final S3Transport transport;

    private final UploadSettings settings;

    private final PartBufferBudget budget;

    private final PartBufferCache cache;

    private final KeyUploads keyUploads;

    public ObjectUploader(S3Transport transport, UploadSettings settings, KeyUploads keyUploads) {
        this.transport = transport;
        this.settings = settings;
        this.keyUploads = keyUploads;
        this.budget = PartBufferBudget.shared();
        this.cache = PartBufferCache.shared();
    }

    /**
     * Uploads exactly {@code length} bytes of the data (never reading beyond them), or
     * all of it when the length is {@code -1}; every buffer comes from the JVM-wide
     * budget and goes back to it when the upload ends, part buffers to be reused by the
     * next uploads.
     * @param partSize the part size of this upload, or {@code 0} for the configured one
     */
    public ObjectWriteResponse upload(UploadTarget target, InputStream data, long length, long partSize) {
        return transfer(target, data, length, partSize(length, (partSize > 0) ? partSize : this.settings.partSize()));
    }

    private ObjectWriteResponse transfer(UploadTarget target, InputStream data, long length, long partSize) {
        boolean single = length >= 0 && length <= partSize;
        try (PartBufferPool pool = single ? new PartBufferPool((int) length, 1, this.budget, PartBufferCache.NONE)
                : new PartBufferPool((int) partSize, this.settings.concurrency() + 1, this.budget, this.cache)) {
            return single ? uploadSingle(target, data, (int) length, pool) : uploadInParts(target, data, length, pool);
        }
    }

    private ObjectWriteResponse uploadSingle(UploadTarget target, InputStream data, int length, PartBufferPool pool) {
        byte[] content = take(pool);
        int read = readPart(data, content, length, target);
        if (read < length) {
            throw target.shortStream(read, length);
        }
        return putSingle(target, content, read);
    }

    private ObjectWriteResponse uploadInParts(UploadTarget target, InputStream data, long length, PartBufferPool pool) {
        byte[] first = take(pool);
        int read = readPart(data, first, first.length, target);
        if (length < 0 && read < first.length) {
            return putSingle(target, first, read);
        }
        if (read < first.length) {
            throw target.shortStream(read, length);
        }
        MultipartUpload upload = MultipartUpload.create(this.transport, target, this.keyUploads);
        return upload.withStoredETag(
                new ParallelPartUploader(upload, pool, this.settings.concurrency(), this.settings.partThreads())
                    .upload(data, length, first, read));
    }

    private static long partSize(long length, long partSize) {
        if (length < 0) {
            return partSize;
        }
        long minimum = ((length + MAX_PARTS - 1) / MAX_PARTS + MIB - 1) / MIB * MIB;
        return Math.max(partSize, minimum);
    }

    private ObjectWriteResponse putSingle(UploadTarget target, byte[] content, int length) {
        ObjectWriteResponse written = this.transport.execute(
                target.body(target.request(UploadStep.PUT), content, length, target.checksumOf(content, length))
                    .build(),
                (response) -> new ObjectWriteResponse(target.bucket(), target.key(),
                        ETags.required(response.getHeaders()), response.getHeaders().getFirst("x-amz-version-id")));
        target.progress().uploaded(length);
        return written;
    }

    public static int readPart(InputStream data, byte[] buffer, int length, UploadTarget target) {
        try {
            return data.readNBytes(buffer, 0, length);
        }
        catch (IOException | RuntimeException ex) {
            throw new MinioException("Could not read the data to upload to " + target + ": " + ex, ex);
        }
    }

    private static byte[] take(PartBufferPool pool) {
        try {
            return pool.take();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MinioException("Interrupted while waiting for an upload buffer", ex);
        }
    }

}
