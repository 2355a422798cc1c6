package dev.miniospring.http;

import java.io.IOException;
import java.net.SocketTimeoutException;

import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The socket reads of one exchange, done without a socket timeout and bounded by the
 * {@link StallWatchdog} instead: a read that makes no progress within the connection's
 * socket (read) timeout closes the connection, and fails with the
 * {@link SocketTimeoutException} of a timed socket read. Each read is watched only while
 * it runs (two concurrent set updates and a clock read), so an abandoned exchange leaves
 * nothing behind.
 */
final class WatchedReads {

    private final HttpClientConnection connection;

    private final Timeout timeout;

    private final StallTimer timer;

    private final StallWatchdog watchdog;

    private WatchedReads(HttpClientConnection connection, Timeout timeout, StallWatchdog watchdog) {
        this.connection = connection;
        this.timeout = timeout;
        this.timer = new StallTimer(timeout.toMilliseconds(), () -> connection.close(CloseMode.IMMEDIATE));
        this.watchdog = watchdog;
    }

    /**
     * Disables the socket timeout of a connection until {@link #end()}, its endpoint
     * details first taken with the timeout (they keep the value they were first read
     * with, and the body write timeout reads it from them).
     * @param connection the connection
     * @param timeout its socket timeout, positive
     * @param watchdog the watchdog
     * @return the reads of the exchange
     */
    static WatchedReads untimed(HttpClientConnection connection, Timeout timeout, StallWatchdog watchdog) {
        connection.getEndpointDetails();
        connection.setSocketTimeout(Timeout.DISABLED);
        return new WatchedReads(connection, timeout, watchdog);
    }

    void start() {
        this.timer.start();
        this.watchdog.watch(this.timer);
    }

    void stop() {
        this.watchdog.unwatch(this.timer);
        this.timer.stop();
    }

    /**
     * Returns the failure of a read: a read timeout when the watchdog closed the
     * connection, otherwise the failure itself.
     * @param ex the failure of the read
     * @return the failure to throw
     */
    IOException failure(IOException ex) {
        if (!this.timer.aborted()) {
            return ex;
        }
        SocketTimeoutException timeout = new SocketTimeoutException("Read timed out");
        timeout.initCause(ex);
        return timeout;
    }

    /**
     * Gives the connection its socket timeout back, for the exchanges that reuse it.
     */
    void end() {
        if (this.connection.isOpen()) {
            this.connection.setSocketTimeout(this.timeout);
        }
    }

}
