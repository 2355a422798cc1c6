package dev.miniospring.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A request body stream that aborts its exchange when one write or flush makes no progress within the timeout, as
 * blocking socket writes have no timeout of their own. One check per stream is scheduled at a time, re-armed to the
 * moment the current write would time out; a write costs two clock reads.
 */
final class StallWatchedOutputStream extends OutputStream implements Runnable {

    private static final long IDLE = Long.MIN_VALUE;

    private final OutputStream out;

    private final long timeoutNanos;

    private final Runnable abort;

    private final ScheduledExecutorService scheduler;

    private volatile long writingSince = IDLE;

    private volatile boolean finished;

    private volatile boolean aborted;

    private volatile @Nullable ScheduledFuture<?> check;

    StallWatchedOutputStream(OutputStream out, long timeoutMillis, Runnable abort,
            ScheduledExecutorService scheduler) {
        this.out = out;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.abort = abort;
        this.scheduler = scheduler;
        schedule(this.timeoutNanos);
    }

    @Override
    public void write(int b) throws IOException {
        this.writingSince = System.nanoTime();
        try {
            this.out.write(b);
        }
        catch (IOException ex) {
            throw failure(ex);
        }
        finally {
            this.writingSince = IDLE;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        this.writingSince = System.nanoTime();
        try {
            this.out.write(b, off, len);
        }
        catch (IOException ex) {
            throw failure(ex);
        }
        finally {
            this.writingSince = IDLE;
        }
    }

    @Override
    public void flush() throws IOException {
        this.writingSince = System.nanoTime();
        try {
            this.out.flush();
        }
        catch (IOException ex) {
            throw failure(ex);
        }
        finally {
            this.writingSince = IDLE;
        }
    }

    /**
     * Stops watching; the underlying stream stays open for its owner to close.
     */
    void finish() {
        this.finished = true;
        ScheduledFuture<?> scheduled = this.check;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    @Override
    public void run() {
        long since = this.writingSince;
        if (this.finished) {
            return;
        }
        long now = System.nanoTime();
        if (since != IDLE && now - since >= this.timeoutNanos) {
            this.aborted = true;
            this.abort.run();
            return;
        }
        schedule((since != IDLE) ? since + this.timeoutNanos - now : this.timeoutNanos);
    }

    private void schedule(long delayNanos) {
        this.check = this.scheduler.schedule(this, delayNanos, TimeUnit.NANOSECONDS);
    }

    private IOException failure(IOException ex) {
        if (!this.aborted) {
            return ex;
        }
        SocketTimeoutException timeout = new SocketTimeoutException("The server read nothing of the request body for "
                + TimeUnit.NANOSECONDS.toMillis(this.timeoutNanos) + " ms (read timeout); the connection was closed");
        timeout.initCause(ex);
        return timeout;
    }

}
