package dev.miniospring.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * A request body stream that aborts its exchange when one write or flush makes no
 * progress within the timeout, as blocking socket writes have no timeout of their own.
 * The {@link BodyWriteWatchdog} checks it at each tick while it is watched; a write costs
 * a clock read and two volatile writes.
 */
final class StallWatchedOutputStream extends OutputStream {

    private static final long IDLE = Long.MIN_VALUE;

    private final OutputStream out;

    private final long timeoutNanos;

    private final Runnable abort;

    private final BodyWriteWatchdog watchdog;

    private volatile long writingSince = IDLE;

    private volatile boolean aborted;

    StallWatchedOutputStream(OutputStream out, long timeoutMillis, Runnable abort, BodyWriteWatchdog watchdog) {
        this.out = out;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.abort = abort;
        this.watchdog = watchdog;
        watchdog.watch(this);
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
        this.watchdog.unwatch(this);
    }

    /**
     * Aborts the exchange when the current write or flush has made no progress for the
     * timeout.
     * @param now the current {@link System#nanoTime()}
     * @return whether the exchange was aborted (the stream needs no further checks)
     */
    boolean abortIfStalled(long now) {
        long since = this.writingSince;
        if (since == IDLE || now - since < this.timeoutNanos) {
            return false;
        }
        this.aborted = true;
        this.abort.run();
        return true;
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
