package dev.miniospring.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.impl.BasicEndpointDetails;
import org.apache.hc.core5.http.impl.BasicHttpConnectionMetrics;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * {@link StaleConnectionReplay}: which failures send a request again on another
 * connection, and how often.
 */
class StaleConnectionReplayTests {

    private static final int MAX_REPLAYS = 4;

    private final ExecRuntime runtime = mock(ExecRuntime.class);

    private final HttpClientContext context = HttpClientContext.create();

    private final List<ClassicHttpRequest> sent = new ArrayList<>();

    private final ClassicHttpResponse ok = new BasicClassicHttpResponse(200);

    @Test
    void aRequestWhosePooledConnectionWasClosedIsSentAgain() throws Exception {
        ClassicHttpRequest request = ClassicRequestBuilder.get("http://localhost/bucket/key").build();
        assertThat(execute(request, new NoHttpResponseException("closed"), this.ok)).isSameAs(this.ok);
        assertThat(this.sent).hasSize(2);
        assertThat(this.sent.get(1)).isNotSameAs(request);
        assertThat(this.sent.get(1).getRequestUri()).isEqualTo("/bucket/key");
    }

    @Test
    void resetsBrokenPipesAndTlsResetsCountAsClosedConnections() throws Exception {
        ClassicHttpRequest request = put(new ByteArrayEntity(new byte[4], ContentType.APPLICATION_OCTET_STREAM));
        assertThat(execute(request, new SocketException("Connection reset"), new SocketException("Broken pipe"),
                new SSLException("Connection reset", new SocketException("Connection reset")), this.ok))
            .isSameAs(this.ok);
        assertThat(this.sent).hasSize(4);
    }

    @Test
    void aTimeoutIsNotAClosedConnection() {
        ClassicHttpRequest request = ClassicRequestBuilder.get("http://localhost/bucket/key").build();
        assertThatExceptionOfType(SocketTimeoutException.class)
            .isThrownBy(() -> execute(request, new SocketTimeoutException("Read timed out"), this.ok));
        assertThat(this.sent).hasSize(1);
    }

    @Test
    void aFailureOnANewConnectionIsThrown() {
        ClassicHttpRequest request = ClassicRequestBuilder.get("http://localhost/bucket/key").build();
        assertThatExceptionOfType(NoHttpResponseException.class).isThrownBy(() -> replay().execute(request,
                scope(request), fail(connection(0), new NoHttpResponseException("closed"))));
        assertThat(this.sent).hasSize(1);
    }

    @Test
    void aFailureBeforeAnotherConnectionIsReachedIsThrown() {
        ClassicHttpRequest request = ClassicRequestBuilder.get("http://localhost/bucket/key").build();
        EndpointDetails pooled = connection(1);
        ExecChain chain = (attempt, scope) -> {
            this.sent.add(attempt);
            this.context.setEndpointDetails(pooled);
            throw new NoHttpResponseException("closed");
        };
        assertThatExceptionOfType(NoHttpResponseException.class)
            .isThrownBy(() -> replay().execute(request, scope(request), chain));
        assertThat(this.sent).hasSize(2);
    }

    @Test
    void aOneShotBodyIsNeverSentAgain() {
        InputStream stream = InputStream.nullInputStream();
        ClassicHttpRequest request = put(new InputStreamEntity(stream, 4, ContentType.APPLICATION_OCTET_STREAM));
        assertThatExceptionOfType(NoHttpResponseException.class)
            .isThrownBy(() -> execute(request, new NoHttpResponseException("closed"), this.ok));
        assertThat(this.sent).hasSize(1);
    }

    @Test
    void anAbortedRequestIsNotSentAgain() {
        given(this.runtime.isExecutionAborted()).willReturn(true);
        ClassicHttpRequest request = ClassicRequestBuilder.get("http://localhost/bucket/key").build();
        assertThatExceptionOfType(NoHttpResponseException.class)
            .isThrownBy(() -> execute(request, new NoHttpResponseException("closed"), this.ok));
        assertThat(this.sent).hasSize(1);
    }

    @Test
    void aRequestIsSentAgainAtMostMaxReplaysTimes() {
        ClassicHttpRequest request = ClassicRequestBuilder.get("http://localhost/bucket/key").build();
        Object[] outcomes = new Object[MAX_REPLAYS + 2];
        for (int i = 0; i < outcomes.length - 1; i++) {
            outcomes[i] = new NoHttpResponseException("closed " + i);
        }
        outcomes[outcomes.length - 1] = this.ok;
        assertThatExceptionOfType(NoHttpResponseException.class).isThrownBy(() -> execute(request, outcomes))
            .withMessage("closed " + MAX_REPLAYS);
        assertThat(this.sent).hasSize(MAX_REPLAYS + 1);
    }

    /**
     * Executes a request whose attempts each reach another pooled connection (one that
     * answered a request before) and fail or answer in turn.
     */
    private ClassicHttpResponse execute(ClassicHttpRequest request, Object... outcomes) throws Exception {
        ExecChain chain = (attempt, scope) -> {
            Object outcome = outcomes[this.sent.size()];
            this.sent.add(attempt);
            this.context.setEndpointDetails(connection(1));
            if (outcome instanceof IOException failure) {
                throw failure;
            }
            return (ClassicHttpResponse) outcome;
        };
        return replay().execute(request, scope(request), chain);
    }

    private ExecChain fail(EndpointDetails connection, IOException failure) {
        return (attempt, scope) -> {
            this.sent.add(attempt);
            this.context.setEndpointDetails(connection);
            throw failure;
        };
    }

    private static StaleConnectionReplay replay() {
        return new StaleConnectionReplay(MAX_REPLAYS);
    }

    private ExecChain.Scope scope(ClassicHttpRequest request) {
        return new ExecChain.Scope("ex-1", new HttpRoute(new HttpHost("localhost", 80)), request, this.runtime,
                this.context);
    }

    private static ClassicHttpRequest put(HttpEntity entity) {
        return ClassicRequestBuilder.put("http://localhost/bucket/key").setEntity(entity).build();
    }

    private static EndpointDetails connection(int answered) {
        BasicHttpConnectionMetrics metrics = new BasicHttpConnectionMetrics(null, null);
        for (int i = 0; i < answered; i++) {
            metrics.incrementRequestCount();
            metrics.incrementResponseCount();
        }
        return new BasicEndpointDetails(new InetSocketAddress(80), new InetSocketAddress(50000), metrics,
                Timeout.ofSeconds(30));
    }

}
