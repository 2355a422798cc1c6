package dev.miniospring.resource;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.object.ObjectWriteResponse;

/**
 * The stream returned by {@link MinioResource#getOutputStream()}: what is written goes
 * through a small bounded buffer into an upload of unknown length (a single PUT, or a
 * multipart upload past the part size) running on a thread of its own. Nothing is stored
 * until {@link #close()} returns; {@link #abort()}, a failed write or a stalled writer
 * abort the upload and store nothing.
 *
 * @since 0.1.0
 */
public final class UploadOutputStream extends OutputStream {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final UploadPipe pipe;

    private final CompletableFuture<ObjectWriteResponse> result = new CompletableFuture<>();

    private final Thread uploader;

    private final Duration stallTimeout;

    private final String target;

    private volatile boolean closed;

    UploadOutputStream(MinioOperations operations, ObjectLocation location, String contentType,
            ResourceSettings settings) {
        this.target = location.toString();
        this.stallTimeout = settings.stallTimeout();
        this.pipe = new UploadPipe(settings.bufferSize(), settings.stallTimeout(), this.target);
        this.uploader = new Thread(() -> upload(operations, location, contentType),
                "minio-resource-upload-" + THREADS.incrementAndGet());
        this.uploader.setDaemon(true);
        this.uploader.start();
    }

    private void upload(MinioOperations operations, ObjectLocation location, String contentType) {
        try {
            this.result
                .complete(operations.putObject(location.bucket(), location.key(), this.pipe, -1, contentType, null));
        }
        catch (RuntimeException | Error ex) {
            this.result.completeExceptionally(ex);
            this.pipe.abort("the upload failed: " + ex.getMessage());
        }
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        try {
            this.pipe.write(b);
        }
        catch (IOException ex) {
            throw failed(ex);
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        ensureOpen();
        try {
            this.pipe.write(data, offset, length);
        }
        catch (IOException ex) {
            throw failed(ex);
        }
    }

    /**
     * Finishes the upload and waits for it to be stored, at most the stall timeout.
     * @throws IOException when the upload failed, was aborted or did not finish in time;
     * nothing is stored then
     */
    @Override
    public void close() throws IOException {
        if (this.closed) {
            return;
        }
        this.closed = true;
        this.pipe.finish();
        awaitResult();
    }

    /**
     * Abandons the upload: what was written is discarded and nothing is stored. Does
     * nothing after {@link #close()}.
     */
    public void abort() {
        this.closed = true;
        this.pipe.abort("aborted by the writer");
    }

    /**
     * Returns the answer of the completed upload.
     * @return the ETag and version id, or {@code null} before {@link #close()} succeeded
     */
    public @Nullable ObjectWriteResponse response() {
        return this.result.getNow(null);
    }

    private void awaitResult() throws IOException {
        try {
            this.result.get(this.stallTimeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (ExecutionException ex) {
            throw new IOException("Could not store " + this.target + ": " + ex.getCause().getMessage(), ex.getCause());
        }
        catch (TimeoutException ex) {
            this.uploader.interrupt();
            throw new IOException("The upload to " + this.target + " did not finish within " + this.stallTimeout
                    + "; it was interrupted and aborted", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            this.uploader.interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the upload to " + this.target);
        }
    }

    private void ensureOpen() throws IOException {
        if (this.closed) {
            throw new IOException("The stream to " + this.target + " is closed");
        }
    }

    private IOException failed(IOException ex) {
        abort();
        return withUploadFailure(ex);
    }

    private IOException withUploadFailure(IOException ex) {
        try {
            this.result.getNow(null);
            return ex;
        }
        catch (CompletionException failure) {
            return new IOException("Could not store " + this.target + ": " + failure.getCause().getMessage(),
                    failure.getCause());
        }
    }

}
