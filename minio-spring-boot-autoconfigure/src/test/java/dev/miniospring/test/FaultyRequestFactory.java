package dev.miniospring.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.AbstractClientHttpRequestFactoryWrapper;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Wraps a real request factory and fails chosen requests with an injected connection
 * reset, at most a given number of times: instead of sending them, or (see
 * {@link #losingResponses}) after the server has acted on them and answered.
 */
public final class FaultyRequestFactory extends AbstractClientHttpRequestFactoryWrapper {

    private final BiPredicate<HttpMethod, URI> target;

    private final int failures;

    private final AtomicInteger injected = new AtomicInteger();

    private final AtomicInteger matched = new AtomicInteger();

    private final boolean afterSending;

    /**
     * Creates the wrapper, failing requests before they are sent.
     * @param delegate the factory that sends the other requests
     * @param target which requests to fail
     * @param failures how many matching requests to fail ({@link Integer#MAX_VALUE} for
     * all)
     */
    public FaultyRequestFactory(ClientHttpRequestFactory delegate, BiPredicate<HttpMethod, URI> target, int failures) {
        this(delegate, target, failures, false);
    }

    private FaultyRequestFactory(ClientHttpRequestFactory delegate, BiPredicate<HttpMethod, URI> target, int failures,
            boolean afterSending) {
        super(delegate);
        this.target = target;
        this.failures = failures;
        this.afterSending = afterSending;
    }

    /**
     * Creates a wrapper that sends the chosen requests and then drops their answers: the
     * server has acted, the client sees a connection reset.
     * @param delegate the factory that sends the requests
     * @param target which answers to lose
     * @param failures how many matching answers to lose ({@link Integer#MAX_VALUE} for
     * all)
     * @return the wrapper
     */
    public static FaultyRequestFactory losingResponses(ClientHttpRequestFactory delegate,
            BiPredicate<HttpMethod, URI> target, int failures) {
        return new FaultyRequestFactory(delegate, target, failures, true);
    }

    /**
     * Returns how many requests were failed.
     * @return the number of injected failures
     */
    public int injected() {
        return this.injected.get();
    }

    /**
     * Returns how many requests matched the target, failed or sent.
     * @return the number of matching requests
     */
    public int matched() {
        return this.matched.get();
    }

    @Override
    protected ClientHttpRequest createRequest(URI uri, HttpMethod method, ClientHttpRequestFactory delegate)
            throws IOException {
        return new FaultyRequest(delegate.createRequest(uri, method));
    }

    private final class FaultyRequest implements ClientHttpRequest, StreamingHttpOutputMessage {

        private final ClientHttpRequest delegate;

        FaultyRequest(ClientHttpRequest delegate) {
            this.delegate = delegate;
        }

        @Override
        public ClientHttpResponse execute() throws IOException {
            if (FaultyRequestFactory.this.target.test(getMethod(), getURI())) {
                if (FaultyRequestFactory.this.matched.getAndIncrement() < FaultyRequestFactory.this.failures) {
                    FaultyRequestFactory.this.injected.incrementAndGet();
                    if (FaultyRequestFactory.this.afterSending) {
                        this.delegate.execute().close();
                        throw new IOException("Connection reset after the server answered (injected)");
                    }
                    throw new IOException("Connection reset (injected)");
                }
            }
            return this.delegate.execute();
        }

        @Override
        public void setBody(Body body) {
            ((StreamingHttpOutputMessage) this.delegate).setBody(body);
        }

        @Override
        public OutputStream getBody() throws IOException {
            return this.delegate.getBody();
        }

        @Override
        public HttpHeaders getHeaders() {
            return this.delegate.getHeaders();
        }

        @Override
        public HttpMethod getMethod() {
            return this.delegate.getMethod();
        }

        @Override
        public URI getURI() {
            return this.delegate.getURI();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return this.delegate.getAttributes();
        }

    }

}
