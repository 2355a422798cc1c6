package dev.miniospring.internal.upload;

import java.util.concurrent.ThreadFactory;

import dev.miniospring.MinioException;
import dev.miniospring.object.ObjectWriteResponse;

/**
 * Runs one multipart upload: the caller's thread reads parts into pooled buffers while a
 * {@link PartScheduler} uploads them on a bounded pool of threads; the upload is
 * completed with the parts in order, and aborted on any failure.
 */
final class ParallelPartUploader {

    private final MultipartUpload upload;

    private final PartBufferPool pool;

    private final PartScheduler scheduler;

    ParallelPartUploader(MultipartUpload upload, PartBufferPool pool, int concurrency, ThreadFactory threads) {
        this.upload = upload;
        this.pool = pool;
        this.scheduler = new PartScheduler(upload, concurrency, threads);
    }

    ObjectWriteResponse upload(PartReader reader, long length, PartContent first) {
        return this.scheduler.run(() -> {
            submit(first);
            readAndSubmit(reader, length, first.length());
        });
    }

    private void readAndSubmit(PartReader reader, long length, long uploaded) throws InterruptedException {
        long total = uploaded;
        while (length < 0 || total < length) {
            int read = readAndSubmitPart(reader, total, length);
            total += read;
            if (read == 0 || (length < 0 && read < this.pool.bufferSize())) {
                return;
            }
        }
    }

    private int readAndSubmitPart(PartReader reader, long total, long length) throws InterruptedException {
        byte[] buffer = this.pool.take();
        this.scheduler.failFast();
        int wanted = (length < 0) ? buffer.length : (int) Math.min(buffer.length, length - total);
        PartContent part = reader.read(buffer, wanted);
        if (part.length() == 0 || (length >= 0 && part.length() < wanted)) {
            this.pool.release(buffer);
            if (length >= 0) {
                throw this.upload.target().shortStream(total + part.length(), length);
            }
            return 0;
        }
        submit(part);
        return part.length();
    }

    private void submit(PartContent part) {
        int partNumber = this.scheduler.submitted() + 1;
        if (partNumber > ObjectUploader.MAX_PARTS) {
            this.pool.release(part.buffer());
            throw new MinioException(
                    "The data to upload to " + this.upload.target() + " needs more than " + ObjectUploader.MAX_PARTS
                            + " parts of " + this.pool.bufferSize() + " bytes: pass its length or raise the part size",
                    null);
        }
        this.scheduler.submit(() -> this.upload.uploadPart(partNumber, part), () -> this.pool.release(part.buffer()));
    }

}
