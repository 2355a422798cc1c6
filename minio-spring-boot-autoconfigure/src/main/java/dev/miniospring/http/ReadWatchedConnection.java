package dev.miniospring.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;

import javax.net.ssl.SSLSession;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * The connection of one exchange as its request executor sees it: the wait for the
 * response head and the reads of the response body are {@link WatchedReads}; everything
 * else is the connection's.
 */
final class ReadWatchedConnection implements HttpClientConnection {

    private final HttpClientConnection connection;

    private final WatchedReads reads;

    ReadWatchedConnection(HttpClientConnection connection, WatchedReads reads) {
        this.connection = connection;
        this.reads = reads;
    }

    @Override
    public ClassicHttpResponse receiveResponseHeader() throws HttpException, IOException {
        this.reads.start();
        try {
            return this.connection.receiveResponseHeader();
        }
        catch (IOException ex) {
            throw this.reads.failure(ex);
        }
        finally {
            this.reads.stop();
        }
    }

    @Override
    public void receiveResponseEntity(ClassicHttpResponse response) throws HttpException, IOException {
        this.connection.receiveResponseEntity(response);
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            response.setEntity(new ReadWatchedEntity(entity, this.reads));
        }
    }

    @Override
    public boolean isConsistent() {
        return this.connection.isConsistent();
    }

    @Override
    public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
        this.connection.sendRequestHeader(request);
    }

    @Override
    public void terminateRequest(ClassicHttpRequest request) throws HttpException, IOException {
        this.connection.terminateRequest(request);
    }

    @Override
    public void sendRequestEntity(ClassicHttpRequest request) throws HttpException, IOException {
        this.connection.sendRequestEntity(request);
    }

    @Override
    public boolean isDataAvailable(Timeout timeout) throws IOException {
        return this.connection.isDataAvailable(timeout);
    }

    @Override
    public boolean isStale() throws IOException {
        return this.connection.isStale();
    }

    @Override
    public void flush() throws IOException {
        this.connection.flush();
    }

    @Override
    public EndpointDetails getEndpointDetails() {
        return this.connection.getEndpointDetails();
    }

    @Override
    public @Nullable SocketAddress getLocalAddress() {
        return this.connection.getLocalAddress();
    }

    @Override
    public @Nullable SocketAddress getRemoteAddress() {
        return this.connection.getRemoteAddress();
    }

    @Override
    public ProtocolVersion getProtocolVersion() {
        return this.connection.getProtocolVersion();
    }

    @Override
    public @Nullable SSLSession getSSLSession() {
        return this.connection.getSSLSession();
    }

    @Override
    public boolean isOpen() {
        return this.connection.isOpen();
    }

    @Override
    public Timeout getSocketTimeout() {
        return this.connection.getSocketTimeout();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        this.connection.setSocketTimeout(timeout);
    }

    @Override
    public void close(CloseMode closeMode) {
        this.connection.close(closeMode);
    }

    @Override
    public void close() throws IOException {
        this.connection.close();
    }

    /**
     * A response body read through a {@link StallWatchedInputStream}.
     */
    private static final class ReadWatchedEntity extends HttpEntityWrapper {

        private final WatchedReads reads;

        private @Nullable InputStream content;

        ReadWatchedEntity(HttpEntity entity, WatchedReads reads) {
            super(entity);
            this.reads = reads;
        }

        @Override
        public InputStream getContent() throws IOException {
            InputStream watched = this.content;
            if (watched == null) {
                watched = new StallWatchedInputStream(super.getContent(), this.reads);
                this.content = watched;
            }
            return watched;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = getContent()) {
                in.transferTo(out);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                InputStream watched = this.content;
                if (watched != null) {
                    watched.close();
                }
            }
            finally {
                super.close();
            }
        }

    }

}
