package dev.miniospring.http;

import java.io.IOException;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * The request executor of Apache HttpClient 5 that reads without a socket timeout when
 * the calling thread is virtual or the connection runs on a {@link ChannelSocket}, the
 * read timeout enforced by the {@link StallWatchdog} instead ({@link WatchedReads}): on a
 * virtual thread, each timed socket read schedules and cancels a timer of the JDK's
 * scheduler, which wakes the scheduler's thread (about half a context switch more per
 * small request); a timed read of a channel socket switches it to non-blocking mode and
 * back. Platform threads keep the timed socket reads of other sockets.
 */
final class VirtualThreadRequestExecutor extends HttpRequestExecutor {

    private final StallWatchdog watchdog;

    VirtualThreadRequestExecutor(StallWatchdog watchdog) {
        this.watchdog = watchdog;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
            @Nullable HttpResponseInformationCallback informationCallback, HttpContext context)
            throws IOException, HttpException {
        if (!VirtualThreads.isCurrent() && !ChannelSocketConnections.isChannelBacked(connection)) {
            return super.execute(request, connection, informationCallback, context);
        }
        Timeout timeout = connection.getSocketTimeout();
        if (!Timeout.isPositive(timeout)) {
            return super.execute(request, connection, informationCallback, context);
        }
        WatchedReads reads = WatchedReads.untimed(connection, timeout, this.watchdog);
        ClassicHttpResponse response;
        try {
            response = super.execute(request, new ReadWatchedConnection(connection, reads), informationCallback,
                    context);
        }
        catch (IOException | HttpException | RuntimeException ex) {
            reads.end();
            throw ex;
        }
        if (response.getEntity() == null) {
            reads.end();
        }
        return response;
    }

}
