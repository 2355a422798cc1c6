package dev.miniospring.internal.transport;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.internal.xml.LocationConstraint;
import dev.miniospring.observation.TransferMetrics;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Executes {@link S3Request}s over a {@link RestClient}: addresses them, attaches what
 * the signer needs, decodes every status the request does not expect as an error, retries
 * transient failures under a {@link RetryPolicy}, and resolves the signing region of each
 * bucket (configured, or discovered once with GetBucketLocation and cached).
 *
 * @since 0.1.0
 */
public final class S3Transport {

    private static final String DEFAULT_REGION = "us-east-1";

    private static final Runnable NO_LISTENER = () -> {
    };

    /**
     * The request attribute from which Spring's {@code http.client.requests} observation
     * takes its low-cardinality {@code uri} tag; keys and query values never appear in
     * it.
     */
    private static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

    private final Supplier<RestClient> restClient;

    private final S3Endpoint endpoint;

    private final @Nullable String configuredRegion;

    private final Map<String, String> bucketRegions;

    private final TransferMetrics metrics;

    private final Retrier retrier;

    /**
     * Creates a transport that retries with {@link RetryPolicy#defaults()} and counts
     * nothing.
     * @param restClient a client whose request factory signs requests (or not, for
     * anonymous access)
     * @param endpoint the server
     * @param configuredRegion the region for every request, or {@code null} to discover
     * it per bucket
     */
    public S3Transport(RestClient restClient, S3Endpoint endpoint, @Nullable String configuredRegion) {
        this(restClient, endpoint, configuredRegion, RetryPolicy.defaults(), TransferMetrics.NONE);
    }

    /**
     * Creates a transport.
     * @param restClient a client whose request factory signs requests (or not, for
     * anonymous access)
     * @param endpoint the server
     * @param configuredRegion the region for every request, or {@code null} to discover
     * it per bucket
     * @param retryPolicy how transient failures of requests with a replayable body are
     * retried
     * @param metrics where to count transferred bytes and multipart uploads
     */
    public S3Transport(RestClient restClient, S3Endpoint endpoint, @Nullable String configuredRegion,
            RetryPolicy retryPolicy, TransferMetrics metrics) {
        this(client(restClient), endpoint, configuredRegion, retryPolicy, metrics);
    }

    /**
     * Creates a transport whose client is built when it sends its first request (once,
     * also when several threads send at the same time), so that building it costs nothing
     * at start-up.
     * @param restClient builds a client whose request factory signs requests (or not, for
     * anonymous access)
     * @param endpoint the server
     * @param configuredRegion the region for every request, or {@code null} to discover
     * it per bucket
     * @param retryPolicy how transient failures of requests with a replayable body are
     * retried
     * @param metrics where to count transferred bytes and multipart uploads
     */
    public S3Transport(Supplier<RestClient> restClient, S3Endpoint endpoint, @Nullable String configuredRegion,
            RetryPolicy retryPolicy, TransferMetrics metrics) {
        this(SingletonSupplier.of(restClient), endpoint, configuredRegion, new ConcurrentHashMap<>(), metrics,
                new Retrier(retryPolicy));
    }

    private S3Transport(Supplier<RestClient> restClient, S3Endpoint endpoint, @Nullable String configuredRegion,
            Map<String, String> bucketRegions, TransferMetrics metrics, Retrier retrier) {
        Assert.notNull(restClient, "'restClient' must not be null");
        Assert.notNull(endpoint, "'endpoint' must not be null");
        Assert.notNull(metrics, "'metrics' must not be null");
        this.restClient = restClient;
        this.endpoint = endpoint;
        this.configuredRegion = configuredRegion;
        this.bucketRegions = bucketRegions;
        this.metrics = metrics;
        this.retrier = retrier;
    }

    /**
     * Returns a transport on another client that shares this one's endpoint, region
     * cache, metrics and retry budget.
     * @param restClient the client, signing requests like this one's
     * @param retryPolicy how its requests are retried
     * @return the transport
     */
    public S3Transport withClient(RestClient restClient, RetryPolicy retryPolicy) {
        return withClient(client(restClient), retryPolicy);
    }

    /**
     * Returns a transport on another client, built when it sends its first request, that
     * shares this one's endpoint, region cache, metrics and retry budget.
     * @param restClient builds the client, signing requests like this one's
     * @param retryPolicy how its requests are retried
     * @return the transport
     */
    public S3Transport withClient(Supplier<RestClient> restClient, RetryPolicy retryPolicy) {
        Assert.notNull(retryPolicy, "'retryPolicy' must not be null");
        return new S3Transport(SingletonSupplier.of(restClient), this.endpoint, this.configuredRegion,
                this.bucketRegions, this.metrics, this.retrier.withPolicy(retryPolicy));
    }

    /**
     * Returns a transport on the same client and retry budget with another retry policy.
     * @param retryPolicy how its requests are retried
     * @return the transport
     */
    public S3Transport withRetryPolicy(RetryPolicy retryPolicy) {
        return withClient(this.restClient, retryPolicy);
    }

    /**
     * Returns where transferred bytes and multipart uploads are counted.
     * @return the metrics
     */
    public TransferMetrics metrics() {
        return this.metrics;
    }

    /**
     * Returns the server endpoint.
     * @return the endpoint
     */
    public S3Endpoint endpoint() {
        return this.endpoint;
    }

    /**
     * Executes a request and reads its successful response; the response is closed
     * afterwards.
     * @param <T> the result type
     * @param request the request
     * @param reader reads a response with an expected status
     * @return the result
     * @throws MinioException on an error response or a transport failure
     */
    public <T> T execute(S3Request request, ResponseReader<T> reader) {
        return exchange(request, reader, true, NO_LISTENER);
    }

    /**
     * Executes a request like {@link #execute(S3Request, ResponseReader)}, telling a
     * listener when each attempt starts, so that a caller can tell whether the request
     * was retried.
     * @param <T> the result type
     * @param request the request
     * @param reader reads a 2xx response
     * @param attemptListener called on the calling thread before each attempt is sent
     * @return the result
     * @throws MinioException on an error response or a transport failure
     */
    public <T> T execute(S3Request request, ResponseReader<T> reader, Runnable attemptListener) {
        Assert.notNull(attemptListener, "'attemptListener' must not be null");
        return exchange(request, reader, true, attemptListener);
    }

    /**
     * Executes a request and reads the S3 XML document of its successful response; see
     * {@link ResponseReaders}.
     * @param <T> the document type
     * @param request the request
     * @param document the document type
     * @return the document
     * @throws MinioException on an error response, an invalid document or a transport
     * failure
     */
    public <T> T execute(S3Request request, Class<T> document) {
        return execute(request, (response) -> ResponseReaders.readXml(request, response, document));
    }

    /**
     * Executes a request whose response body is discarded.
     * @param request the request
     * @return the response headers
     * @throws MinioException on an error response or a transport failure
     */
    public HttpHeaders execute(S3Request request) {
        return exchange(request, (response) -> response.getHeaders(), true, NO_LISTENER);
    }

    /**
     * Executes a request and returns its successful response <em>open</em>, for the
     * caller to stream the body and close; an error response is decoded and closed. Only
     * getting the response is retried, not reading its body.
     * @param request the request
     * @return the open response, which the caller must close
     * @throws MinioException on an error response or a transport failure
     */
    public ClientHttpResponse open(S3Request request) {
        return exchange(request, (response) -> new MeteredResponse(response, this.metrics), false, NO_LISTENER);
    }

    private <T> T exchange(S3Request request, ResponseReader<T> reader, boolean close, Runnable attemptListener) {
        String region = region(request);
        URI uri = this.endpoint.uri(request.bucket(), request.key(), request.query());
        return this.retrier.execute(request, (attempt) -> {
            attemptListener.run();
            return exchange(request, region, uri, attempt, reader, close);
        });
    }

    private <T> T exchange(S3Request request, String region, URI uri, Retrier.Attempt attempt, ResponseReader<T> reader,
            boolean close) {
        try {
            RestClient.RequestBodySpec spec = this.restClient.get()
                .method(request.method())
                .uri(uri)
                .headers((headers) -> addHeaders(headers, request))
                .attribute(SigningContext.ATTRIBUTE, new SigningContext(region, request.payload()))
                .attribute(URI_TEMPLATE_ATTRIBUTE, uriTemplate(request));
            if (request.payload().length() != 0) {
                spec.body(new PayloadBody(request.payload()));
            }
            return spec.exchange((clientRequest, response) -> read(request, response, attempt, reader, close), close);
        }
        catch (ResourceAccessException ex) {
            Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
            throw new MinioTransportException("I/O error on " + request.method() + " " + uri.getScheme() + "://"
                    + uri.getRawAuthority() + uri.getRawPath() + ": " + cause.getMessage(), cause);
        }
    }

    private <T> T read(S3Request request, ClientHttpResponse response, Retrier.Attempt attempt,
            ResponseReader<T> reader, boolean closed) throws IOException {
        try {
            if (!request.expects(response.getStatusCode())) {
                attempt.failedWith(response.getHeaders());
                throw failure(request, S3ErrorDecoder.decode(request, response));
            }
            countUpload(request);
            return ResponseReaders.read(request, response, reader);
        }
        catch (IOException | RuntimeException ex) {
            if (!closed) {
                Exchanges.abort(response);
            }
            throw ex;
        }
    }

    private static String uriTemplate(S3Request request) {
        StringBuilder template = new StringBuilder((request.bucket() != null) ? "/{bucket}" : "/");
        if (request.key() != null) {
            template.append("/{key}");
        }
        if (!request.query().isEmpty()) {
            template.append('?').append(String.join("&", request.query().keySet()));
        }
        return template.toString();
    }

    private static void addHeaders(HttpHeaders headers, S3Request request) {
        headers.addAll(request.headers());
        long length = request.payload().length();
        if (length >= 0 && (request.method() == HttpMethod.PUT || request.method() == HttpMethod.POST)) {
            headers.setContentLength(length);
        }
    }

    private void countUpload(S3Request request) {
        if (request.objectData()) {
            this.metrics.bytesUploaded(request.payload().length());
        }
    }

    private MinioException failure(S3Request request, MinioException exception) {
        if (request.bucket() != null && exception instanceof MinioErrorResponseException error
                && "NoSuchBucket".equals(error.code())) {
            this.bucketRegions.remove(request.bucket());
        }
        return exception;
    }

    private String region(S3Request request) {
        if (request.region() != null) {
            return request.region();
        }
        if (this.configuredRegion != null) {
            return this.configuredRegion;
        }
        String bucket = request.bucket();
        if (bucket == null) {
            return DEFAULT_REGION;
        }
        String cached = this.bucketRegions.get(bucket);
        if (cached != null) {
            return cached;
        }
        String discovered = bucketLocation(bucket);
        this.bucketRegions.put(bucket, discovered);
        return discovered;
    }

    /**
     * Asks the server for a bucket's region (GetBucketLocation), bypassing the cache.
     * @param bucket the bucket
     * @return the region, {@code us-east-1} when the server names none
     */
    public String bucketLocation(String bucket) {
        S3Request request = S3Request.builder(HttpMethod.GET)
            .bucket(bucket)
            .query("location", "")
            .region(DEFAULT_REGION)
            .build();
        return execute(request, LocationConstraint.class).region();
    }

    /**
     * Returns the region requests for a bucket are signed with, discovering it when no
     * region is configured.
     * @param bucket the bucket
     * @return the region
     */
    public String regionOf(String bucket) {
        return region(S3Request.builder(HttpMethod.HEAD).bucket(bucket).build());
    }

    private static Supplier<RestClient> client(RestClient restClient) {
        Assert.notNull(restClient, "'restClient' must not be null");
        return () -> restClient;
    }

}
