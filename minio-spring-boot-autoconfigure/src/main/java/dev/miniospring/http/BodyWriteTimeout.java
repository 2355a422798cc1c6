package dev.miniospring.http;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.util.Timeout;

/**
 * Bounds the writing of request bodies on Apache HttpClient 5, whose socket timeout
 * bounds reads only: a write that makes no progress within the connection's socket (read)
 * timeout closes the connection, and the write fails with a
 * {@link java.net.SocketTimeoutException} (detected within one {@link StallWatchdog} tick
 * after the timeout). Placed just before the transport, so every request sent is watched.
 */
final class BodyWriteTimeout implements ExecChainHandler {

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        HttpEntity entity = request.getEntity();
        if (entity == null) {
            return chain.proceed(request, scope);
        }
        request.setEntity(new WatchedEntity(entity, scope.execRuntime, scope.clientContext));
        try {
            return chain.proceed(request, scope);
        }
        finally {
            request.setEntity(entity);
        }
    }

    private static final class WatchedEntity extends HttpEntityWrapper {

        private final ExecRuntime runtime;

        private final HttpClientContext context;

        WatchedEntity(HttpEntity entity, ExecRuntime runtime, HttpClientContext context) {
            super(entity);
            this.runtime = runtime;
            this.context = context;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            long timeoutMillis = socketTimeoutMillis();
            if (timeoutMillis <= 0) {
                super.writeTo(out);
                return;
            }
            StallWatchedOutputStream watched = new StallWatchedOutputStream(out, timeoutMillis,
                    this.runtime::discardEndpoint, StallWatchdog.shared());
            try {
                super.writeTo(watched);
                watched.flush();
            }
            finally {
                watched.finish();
            }
        }

        private long socketTimeoutMillis() {
            EndpointDetails endpoint = this.context.getEndpointDetails();
            Timeout timeout = (endpoint != null) ? endpoint.getSocketTimeout() : null;
            return (timeout != null) ? timeout.toMilliseconds() : 0;
        }

    }

}
