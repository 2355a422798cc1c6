package dev.miniospring.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;

/**
 * A request body stream that aborts its exchange when one write or flush makes no
 * progress within the timeout, as blocking socket writes have no timeout of their own.
 * The {@link StallWatchdog} checks it at each tick while it is watched; a write costs a
 * clock read and two volatile writes.
 */
final class StallWatchedOutputStream extends OutputStream {

    private final OutputStream out;

    private final StallTimer timer;

    private final StallWatchdog watchdog;

    StallWatchedOutputStream(OutputStream out, long timeoutMillis, Runnable abort, StallWatchdog watchdog) {
        this.out = out;
        this.timer = new StallTimer(timeoutMillis, abort);
        this.watchdog = watchdog;
        watchdog.watch(this.timer);
    }

    @Override
    public void write(int b) throws IOException {
        this.timer.start();
        try {
            this.out.write(b);
        }
        catch (IOException ex) {
            throw failure(ex);
        }
        finally {
            this.timer.stop();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        this.timer.start();
        try {
            this.out.write(b, off, len);
        }
        catch (IOException ex) {
            throw failure(ex);
        }
        finally {
            this.timer.stop();
        }
    }

    @Override
    public void flush() throws IOException {
        this.timer.start();
        try {
            this.out.flush();
        }
        catch (IOException ex) {
            throw failure(ex);
        }
        finally {
            this.timer.stop();
        }
    }

    /**
     * Stops watching; the underlying stream stays open for its owner to close.
     */
    void finish() {
        this.watchdog.unwatch(this.timer);
    }

    private IOException failure(IOException ex) {
        if (!this.timer.aborted()) {
            return ex;
        }
        SocketTimeoutException timeout = new SocketTimeoutException("The server read nothing of the request body for "
                + this.timer.timeoutMillis() + " ms (read timeout); the connection was closed");
        timeout.initCause(ex);
        return timeout;
    }

}
