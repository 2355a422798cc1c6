package dev.miniospring.internal.upload;

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
        PartContent content = new PartReader(data, target).read(take(pool), length);
        if (content.length() < length) {
            throw target.shortStream(content.length(), length);
        }
        return putSingle(target, content);
    }

    private ObjectWriteResponse uploadInParts(UploadTarget target, InputStream data, long length, PartBufferPool pool) {
        PartReader reader = new PartReader(data, target);
        PartContent first = reader.read(take(pool), pool.bufferSize());
        if (length < 0 && first.length() < pool.bufferSize()) {
            return putSingle(target, first);
        }
        if (first.length() < pool.bufferSize()) {
            throw target.shortStream(first.length(), length);
        }
        MultipartUpload upload = MultipartUpload.create(this.transport, target, this.keyUploads);
        return upload.withStoredETag(
                new ParallelPartUploader(upload, pool, this.settings.concurrency(), this.settings.partThreads())
                    .upload(reader, length, first));
    }

    private static long partSize(long length, long partSize) {
        if (length < 0) {
            return partSize;
        }
        long minimum = ((length + MAX_PARTS - 1) / MAX_PARTS + MIB - 1) / MIB * MIB;
        return Math.max(partSize, minimum);
    }

    private ObjectWriteResponse putSingle(UploadTarget target, PartContent content) {
        ObjectWriteResponse written = this.transport.execute(
                target.body(target.request(UploadStep.PUT), content).build(),
                (response) -> new ObjectWriteResponse(target.bucket(), target.key(),
                        ETags.required(response.getHeaders()), response.getHeaders().getFirst("x-amz-version-id")));
        target.progress().uploaded(content.length());
        return written;
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
