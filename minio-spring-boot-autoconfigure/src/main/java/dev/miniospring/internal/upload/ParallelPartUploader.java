package dev.miniospring.internal.upload;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.miniospring.MinioException;
import dev.miniospring.internal.xml.CompleteMultipartUpload.Part;
import dev.miniospring.object.ObjectWriteResponse;

/**
 * Runs one multipart upload: the caller's thread reads parts into pooled buffers while a bounded pool of threads
 * (platform daemon threads, or virtual threads when the settings' factory makes them) uploads them; the upload is
 * completed with the parts in order, and aborted on any failure ({@link Error}s such as {@link OutOfMemoryError}
 * included, which are rethrown as they are).
 */
final class ParallelPartUploader {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final long ABORT_WAIT_SECONDS = 30;

    private final MultipartUpload upload;

    private final PartBufferPool pool;

    private final ExecutorService executor;

    private final List<Future<Part>> parts = new ArrayList<>();

    ParallelPartUploader(MultipartUpload upload, PartBufferPool pool, int concurrency, ThreadFactory threads) {
        this.upload = upload;
        this.pool = pool;
        this.executor = Executors.newFixedThreadPool(concurrency, (task) -> {
            Thread thread = threads.newThread(task);
            thread.setName("minio-upload-" + THREADS.incrementAndGet());
            return thread;
        });
    }

    ObjectWriteResponse upload(InputStream data, long length, byte[] first, int firstLength) {
        try {
            submit(first, firstLength);
            readAndSubmit(data, length, firstLength);
            return this.upload.complete(awaitParts());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw abort(new MinioException("Interrupted while uploading " + this.upload, ex));
        }
        catch (Throwable ex) {
            abort(ex);
            throw ex;
        }
        finally {
            this.executor.shutdownNow();
        }
    }

    private void readAndSubmit(InputStream data, long length, long uploaded) throws InterruptedException {
        long total = uploaded;
        while (length < 0 || total < length) {
            int read = readAndSubmitPart(data, total, length);
            total += read;
            if (read == 0 || (length < 0 && read < this.pool.bufferSize())) {
                return;
            }
        }
    }

    private int readAndSubmitPart(InputStream data, long total, long length) throws InterruptedException {
        byte[] buffer = this.pool.take();
        failFast();
        int wanted = (length < 0) ? buffer.length : (int) Math.min(buffer.length, length - total);
        int read = ObjectUploader.readPart(data, buffer, wanted, this.upload.target());
        if (read == 0 || (length >= 0 && read < wanted)) {
            this.pool.release(buffer);
            if (length >= 0) {
                throw this.upload.target().shortStream(total + read, length);
            }
            return 0;
        }
        submit(buffer, read);
        return read;
    }

    private void submit(byte[] buffer, int length) {
        int partNumber = this.parts.size() + 1;
        if (partNumber > ObjectUploader.MAX_PARTS) {
            this.pool.release(buffer);
            throw new MinioException("The data to upload to " + this.upload.target() + " needs more than "
                    + ObjectUploader.MAX_PARTS + " parts of " + this.pool.bufferSize()
                    + " bytes: pass its length or raise the part size", null);
        }
        this.parts.add(this.executor.submit(() -> {
            try {
                return this.upload.uploadPart(partNumber, buffer, length);
            }
            finally {
                this.pool.release(buffer);
            }
        }));
    }

    private void failFast() throws InterruptedException {
        for (Future<Part> part : this.parts) {
            if (part.isDone()) {
                result(part);
            }
        }
    }

    private List<Part> awaitParts() throws InterruptedException {
        List<Part> completed = new ArrayList<>(this.parts.size());
        for (Future<Part> part : this.parts) {
            completed.add(result(part));
        }
        return completed;
    }

    private Part result(Future<Part> part) throws InterruptedException {
        try {
            return part.get();
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (ex.getCause() instanceof Error error) {
                throw error;
            }
            throw new MinioException("Part upload of " + this.upload + " failed: " + ex.getCause(), ex.getCause());
        }
    }

    /**
     * Aborts the upload after any failure, an {@link Error} included, and returns the failure to rethrow.
     */
    private <T extends Throwable> T abort(T failure) {
        boolean interrupted = Thread.interrupted();
        this.parts.forEach((part) -> part.cancel(true));
        this.executor.shutdownNow();
        try {
            this.executor.awaitTermination(ABORT_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            interrupted = true;
        }
        try {
            this.upload.abort();
        }
        catch (MinioException ex) {
            failure.addSuppressed(ex);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return failure;
    }

}
