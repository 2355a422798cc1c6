package dev.miniospring.http;

import java.util.concurrent.TimeUnit;

/**
 * The progress of the blocking socket operations of one exchange, checked by the
 * {@link StallWatchdog} while it is watched: an operation that has made no progress
 * within the timeout aborts the exchange. Starting and stopping an operation costs a
 * clock read and a volatile write.
 */
final class StallTimer {

    private static final long IDLE = Long.MIN_VALUE;

    private final long timeoutNanos;

    private final Runnable abort;

    private volatile long since = IDLE;

    private volatile boolean aborted;

    StallTimer(long timeoutMillis, Runnable abort) {
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.abort = abort;
    }

    void start() {
        this.since = System.nanoTime();
    }

    void stop() {
        this.since = IDLE;
    }

    /**
     * Aborts the exchange when the current operation has made no progress for the
     * timeout.
     * @param now the current {@link System#nanoTime()}
     * @return whether the exchange was aborted (the timer needs no further checks)
     */
    boolean abortIfStalled(long now) {
        long started = this.since;
        if (started == IDLE || now - started < this.timeoutNanos) {
            return false;
        }
        this.aborted = true;
        this.abort.run();
        return true;
    }

    /**
     * Tells whether the exchange was aborted by this timer.
     * @return {@code true} once aborted
     */
    boolean aborted() {
        return this.aborted;
    }

    long timeoutMillis() {
        return TimeUnit.NANOSECONDS.toMillis(this.timeoutNanos);
    }

}
