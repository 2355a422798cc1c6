package dev.miniospring.internal.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.miniospring.MinioException;
import dev.miniospring.internal.xml.CompleteMultipartUpload.Part;
import dev.miniospring.object.ObjectWriteResponse;

/**
 * Runs the parts of one multipart upload on a bounded pool of threads (platform daemon
 * threads, or virtual threads when the settings' factory makes them) and completes the
 * upload with the parts in order; on any failure ({@link Error}s such as
 * {@link OutOfMemoryError} included, which are rethrown as they are) the parts not yet
 * started are skipped, and the upload is aborted.
 */
final class PartScheduler {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final long ABORT_WAIT_SECONDS = 30;

    private final MultipartUpload upload;

    private final ExecutorService executor;

    private final List<Future<Part>> parts = new ArrayList<>();

    private final AtomicBoolean failed = new AtomicBoolean();

    PartScheduler(MultipartUpload upload, int concurrency, ThreadFactory threads) {
        this.upload = upload;
        this.executor = Executors.newFixedThreadPool(concurrency, (task) -> {
            Thread thread = threads.newThread(task);
            thread.setName("minio-upload-" + THREADS.incrementAndGet());
            return thread;
        });
    }

    /**
     * Submits the parts, waits for them and completes the upload; aborts it on any
     * failure.
     * @param submission submits the parts with {@link #submit}
     * @return the written object
     */
    ObjectWriteResponse run(Submission submission) {
        try {
            submission.submit();
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

    /**
     * Returns the number of parts submitted so far.
     */
    int submitted() {
        return this.parts.size();
    }

    /**
     * Schedules one part; it is skipped when another part has failed before it starts.
     * @param part sends the part
     * @param cleanup runs when the part has been sent, has failed or was skipped
     */
    void submit(Callable<Part> part, Runnable cleanup) {
        this.parts.add(this.executor.submit(() -> {
            try {
                if (this.failed.get()) {
                    throw new CancellationException("an earlier part of " + this.upload + " failed");
                }
                return part.call();
            }
            catch (Throwable ex) {
                this.failed.set(true);
                throw ex;
            }
            finally {
                cleanup.run();
            }
        }));
    }

    /**
     * Rethrows the failure of a part that has already ended.
     */
    void failFast() throws InterruptedException {
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
            if (ex.getCause() instanceof CancellationException) {
                return firstFailure();
            }
            throw failure(ex);
        }
    }

    private Part firstFailure() throws InterruptedException {
        for (Future<Part> part : this.parts) {
            try {
                part.get();
            }
            catch (ExecutionException ex) {
                if (!(ex.getCause() instanceof CancellationException)) {
                    throw failure(ex);
                }
            }
        }
        throw new MinioException("A part of " + this.upload + " was skipped without a failure", null);
    }

    private RuntimeException failure(ExecutionException ex) {
        if (ex.getCause() instanceof RuntimeException failure) {
            return failure;
        }
        if (ex.getCause() instanceof Error error) {
            throw error;
        }
        return new MinioException("Part upload of " + this.upload + " failed: " + ex.getCause(), ex.getCause());
    }

    /**
     * Aborts the upload after any failure, an {@link Error} included, and returns the
     * failure to rethrow.
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

    /**
     * Submits the parts of an upload.
     */
    @FunctionalInterface
    interface Submission {

        void submit() throws InterruptedException;

    }

}
