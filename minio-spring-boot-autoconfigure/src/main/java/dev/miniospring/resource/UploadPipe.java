package dev.miniospring.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * A bounded byte buffer between a writer and the upload that reads it, where every wait
 * for the other side lasts at most the stall timeout; the writer finishes it ({@code -1}
 * for the reader) or aborts it (an {@link IOException} for the reader, so that the upload
 * stores nothing).
 */
final class UploadPipe extends InputStream {

    private final ReentrantLock lock = new ReentrantLock();

    private final Condition changed = this.lock.newCondition();

    private final byte[] buffer;

    private final long stallNanos;

    private final String target;

    private int start;

    private int count;

    private boolean finished;

    private @Nullable String abortReason;

    UploadPipe(int capacity, Duration stallTimeout, String target) {
        this.buffer = new byte[capacity];
        this.stallNanos = stallTimeout.toNanos();
        this.target = target;
    }

    void write(byte[] data, int offset, int length) throws IOException {
        int written = 0;
        while (written < length) {
            written += writeSome(data, offset + written, length - written);
        }
    }

    void write(int b) throws IOException {
        this.lock.lock();
        try {
            awaitRoom();
            this.buffer[(this.start + this.count) % this.buffer.length] = (byte) b;
            this.count++;
            this.changed.signalAll();
        }
        finally {
            this.lock.unlock();
        }
    }

    private int writeSome(byte[] data, int offset, int length) throws IOException {
        this.lock.lock();
        try {
            awaitRoom();
            int end = (this.start + this.count) % this.buffer.length;
            int chunk = Math.min(length, Math.min(this.buffer.length - this.count, this.buffer.length - end));
            System.arraycopy(data, offset, this.buffer, end, chunk);
            this.count += chunk;
            this.changed.signalAll();
            return chunk;
        }
        finally {
            this.lock.unlock();
        }
    }

    private void awaitRoom() throws IOException {
        awaitWhile(UploadPipe::full, "for the upload to take");
        if (this.abortReason != null) {
            throw new IOException("The upload to " + this.target + " was aborted: " + this.abortReason);
        }
    }

    @Override
    public int read() throws IOException {
        this.lock.lock();
        try {
            if (!awaitData()) {
                return -1;
            }
            int b = this.buffer[this.start] & 0xFF;
            taken(1);
            return b;
        }
        finally {
            this.lock.unlock();
        }
    }

    @Override
    public int read(byte[] data, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        this.lock.lock();
        try {
            if (!awaitData()) {
                return -1;
            }
            int chunk = Math.min(length, Math.min(this.count, this.buffer.length - this.start));
            System.arraycopy(this.buffer, this.start, data, offset, chunk);
            taken(chunk);
            return chunk;
        }
        finally {
            this.lock.unlock();
        }
    }

    private boolean awaitData() throws IOException {
        awaitWhile(UploadPipe::empty, "for data to upload");
        if (this.abortReason != null) {
            throw new IOException("The writer of " + this.target + " aborted: " + this.abortReason);
        }
        return this.count > 0;
    }

    private void taken(int bytes) {
        this.start = (this.start + bytes) % this.buffer.length;
        this.count -= bytes;
        this.changed.signalAll();
    }

    private boolean full() {
        return this.count == this.buffer.length && this.abortReason == null;
    }

    private boolean empty() {
        return this.count == 0 && !this.finished && this.abortReason == null;
    }

    void finish() {
        update(() -> this.finished = true);
    }

    void abort(String reason) {
        update(() -> {
            if (this.abortReason == null) {
                this.abortReason = reason;
            }
        });
    }

    private void update(Runnable change) {
        this.lock.lock();
        try {
            change.run();
            this.changed.signalAll();
        }
        finally {
            this.lock.unlock();
        }
    }

    private void awaitWhile(Waiting waiting, String what) throws IOException {
        long remaining = this.stallNanos;
        try {
            while (waiting.stillWaiting(this)) {
                if (remaining <= 0) {
                    String reason = "waited longer than " + Duration.ofNanos(this.stallNanos) + " " + what;
                    this.abortReason = reason;
                    this.changed.signalAll();
                    throw new IOException("Upload to " + this.target + " stalled: " + reason);
                }
                remaining = this.changed.awaitNanos(remaining);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            this.abortReason = "interrupted";
            this.changed.signalAll();
            throw new InterruptedIOException("Interrupted while waiting " + what + " of " + this.target);
        }
    }

    @FunctionalInterface
    private interface Waiting {

        boolean stillWaiting(UploadPipe pipe);

    }

}
