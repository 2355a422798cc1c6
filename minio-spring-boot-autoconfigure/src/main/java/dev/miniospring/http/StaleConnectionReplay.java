package dev.miniospring.http;

import java.io.IOException;
import java.net.SocketException;

import javax.net.ssl.SSLException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request again, on another connection, when the pooled connection it was sent on
 * turns out to have been closed by the server while it was idle, as servers and load
 * balancers do with idle keep-alive connections and on restarts.
 *
 * <p>
 * A connection is taken for closed when it had answered earlier requests, and this one
 * failed before any answer with a closed connection, a reset or a broken pipe (timeouts
 * are not such failures). The connection is discarded and the request is sent again at
 * once, as OkHttp does, not as a retry of the template's {@link RetryPolicy}: the server
 * did not see it fail, so neither its attempts nor its retry budget are used up. Only a
 * request without a body or with a repeatable one is sent again, and at most
 * {@code maxReplays} times (the pool holds no more connections than that), so that an
 * upload from a one-shot stream is never sent twice.
 */
final class StaleConnectionReplay implements ExecChainHandler {

    private static final Log logger = LogFactory.getLog(StaleConnectionReplay.class);

    private final int maxReplays;

    StaleConnectionReplay(int maxReplays) {
        this.maxReplays = maxReplays;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        ClassicHttpRequest attempt = request;
        for (int replays = 0;; replays++) {
            EndpointDetails previous = scope.clientContext.getEndpointDetails();
            try {
                return chain.proceed(attempt, scope);
            }
            catch (IOException ex) {
                if (replays >= this.maxReplays || !isReplayable(request)
                        || !failedOnClosedConnection(ex, previous, scope)) {
                    throw ex;
                }
                if (logger.isDebugEnabled()) {
                    logger.debug("Sending " + request.getMethod() + " again on another connection: a pooled connection "
                            + "was closed by the server (" + ex + ")");
                }
                attempt = ClassicRequestBuilder.copy(scope.originalRequest).build();
            }
        }
    }

    private static boolean isReplayable(ClassicHttpRequest request) {
        HttpEntity entity = request.getEntity();
        return entity == null || entity.isRepeatable();
    }

    private static boolean failedOnClosedConnection(IOException failure, @Nullable EndpointDetails previous,
            ExecChain.Scope scope) {
        EndpointDetails connection = scope.clientContext.getEndpointDetails();
        return !scope.execRuntime.isExecutionAborted() && isClosedConnection(failure) && connection != null
                && connection != previous && connection.getResponseCount() > 0;
    }

    private static boolean isClosedConnection(IOException failure) {
        return failure instanceof NoHttpResponseException || failure instanceof ConnectionClosedException
                || failure instanceof SocketException
                || (failure instanceof SSLException && failure.getCause() instanceof SocketException);
    }

}
