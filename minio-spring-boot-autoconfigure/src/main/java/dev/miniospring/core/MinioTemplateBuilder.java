package dev.miniospring.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import dev.miniospring.http.AddressingStyle;
import dev.miniospring.http.HttpComponentsClients;
import dev.miniospring.http.HttpProxy;
import dev.miniospring.http.JdkHttpClientExecutor;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.http.S3HttpClients;
import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.upload.MultipartCopySizes;
import dev.miniospring.internal.upload.UploadSettings;
import dev.miniospring.notification.ListenSettings;
import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.observation.DefaultMinioObservationConvention;
import dev.miniospring.observation.MinioObservationConvention;
import dev.miniospring.observation.TransferMetrics;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.MinioCredentialsProvider;
import dev.miniospring.signing.S3RequestSigner;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Builds a {@link MinioTemplate} outside of (or on top of) Spring Boot's
 * auto-configuration. Performs no network I/O.
 *
 * @since 0.1.0
 */
public final class MinioTemplateBuilder {

    private @Nullable String endpoint;

    private @Nullable String publicEndpoint;

    private @Nullable MinioCredentialsProvider credentials;

    private @Nullable String region;

    private AddressingStyle addressingStyle = AddressingStyle.AUTO;

    private @Nullable Supplier<RestClient.Builder> restClientBuilder;

    private final List<Consumer<RestClient.Builder>> restClientCustomizers = new ArrayList<>();

    private @Nullable ClientHttpRequestFactory requestFactory;

    private @Nullable ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder;

    private HttpClientSettings httpClientSettings = HttpClientSettings.defaults();

    private int maxConnections = S3HttpClients.DEFAULT_MAX_CONNECTIONS;

    private Duration connectionAcquisitionTimeout = S3HttpClients.DEFAULT_CONNECTION_ACQUISITION_TIMEOUT;

    private @Nullable S3RequestSigner signer;

    private long partSize = UploadSettings.DEFAULT_PART_SIZE;

    private int uploadConcurrency = UploadSettings.DEFAULT_CONCURRENCY;

    private PayloadSigning payloadSigning = PayloadSigning.AUTO;

    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

    private @Nullable MinioObservationConvention observationConvention;

    private TransferMetrics transferMetrics = TransferMetrics.NONE;

    private ListenSettings listenSettings = ListenSettings.DEFAULTS;

    private RetryPolicy retryPolicy = RetryPolicy.defaults();

    private @Nullable HttpProxy proxy;

    private boolean virtualThreads;

    private boolean allowCustomerKeysOverHttp;

    private MultipartCopySizes copySizes = MultipartCopySizes.DEFAULTS;

    private long downloadPartSize = DownloadSettings.DEFAULT_PART_SIZE;

    private int downloadConcurrency = DownloadSettings.DEFAULT_CONCURRENCY;

    private @Nullable ChecksumAlgorithm checksumAlgorithm;

    MinioTemplateBuilder() {
    }

    /**
     * Sets the server URL, such as {@code http://localhost:9000}; its scheme decides TLS.
     * @param endpoint the URL
     * @return this builder
     */
    public MinioTemplateBuilder endpoint(String endpoint) {
        this.endpoint = endpoint;
        return this;
    }

    /**
     * Sets the URL that presigned URLs and POST forms point to, such as
     * {@code https://files.example.com}, when their users reach the server at another
     * address than this application does; requests of the template itself still go to the
     * {@link #endpoint(String) endpoint}. Default: the endpoint.
     * @param publicEndpoint the public URL, or {@code null} for the endpoint
     * @return this builder
     */
    public MinioTemplateBuilder publicEndpoint(@Nullable String publicEndpoint) {
        this.publicEndpoint = publicEndpoint;
        return this;
    }

    /**
     * Sets the credentials; without them requests are anonymous (unsigned).
     * @param accessKey the access key
     * @param secretKey the secret key
     * @return this builder
     */
    public MinioTemplateBuilder credentials(String accessKey, String secretKey) {
        this.credentials = MinioCredentialsProvider.of(new MinioCredentials(accessKey, secretKey));
        return this;
    }

    /**
     * Sets the credentials; {@code null} means anonymous (unsigned) requests.
     * @param credentials the credentials
     * @return this builder
     */
    public MinioTemplateBuilder credentials(@Nullable MinioCredentials credentials) {
        this.credentials = (credentials != null) ? MinioCredentialsProvider.of(credentials) : null;
        return this;
    }

    /**
     * Sets where the credentials come from; they are asked for on every request and
     * presigned URL, so rotated credentials are used as soon as the provider returns
     * them. {@code null} means anonymous (unsigned) requests.
     * @param credentialsProvider the provider
     * @return this builder
     */
    public MinioTemplateBuilder credentialsProvider(@Nullable MinioCredentialsProvider credentialsProvider) {
        this.credentials = credentialsProvider;
        return this;
    }

    /**
     * Sets the region used for every request; without it the region of each bucket is
     * discovered once.
     * @param region the region
     * @return this builder
     */
    public MinioTemplateBuilder region(@Nullable String region) {
        this.region = region;
        return this;
    }

    /**
     * Sets how buckets are addressed (default {@link AddressingStyle#AUTO}).
     * @param addressingStyle the addressing style
     * @return this builder
     */
    public MinioTemplateBuilder addressingStyle(AddressingStyle addressingStyle) {
        this.addressingStyle = addressingStyle;
        return this;
    }

    /**
     * Sets the {@link RestClient.Builder} to start from (for observations, default
     * headers, ...); its request factory is replaced by the signing one. A builder that
     * holds interceptors is not used: Spring buffers every request body of such a client
     * in memory. A fresh builder takes its place and a warning is logged.
     * @param restClientBuilder the builder
     * @return this builder
     */
    public MinioTemplateBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
        this.restClientBuilder = () -> restClientBuilder;
        return this;
    }

    /**
     * Sets where the {@link RestClient.Builder} to start from comes from, as
     * {@link #restClientBuilder(RestClient.Builder)} does; it is asked for once per
     * template, when the template sends its first request, so that it costs nothing at
     * start-up.
     * @param restClientBuilder supplies the builder
     * @return this builder
     */
    public MinioTemplateBuilder restClientBuilder(Supplier<RestClient.Builder> restClientBuilder) {
        Assert.notNull(restClientBuilder, "'restClientBuilder' must not be null");
        this.restClientBuilder = restClientBuilder;
        return this;
    }

    /**
     * Adds a customization of the template's {@link RestClient.Builder}, applied in order
     * when building. Interceptors it adds are removed again (with a warning), as they
     * would make Spring buffer request bodies.
     * @param customizer the customization
     * @return this builder
     */
    public MinioTemplateBuilder restClientCustomizer(Consumer<RestClient.Builder> customizer) {
        Assert.notNull(customizer, "'customizer' must not be null");
        this.restClientCustomizers.add(customizer);
        return this;
    }

    /**
     * Sets the HTTP client used as is for requests, uploads and health checks (which then
     * keep its timeouts); it is wrapped to sign requests. Prefer
     * {@link #requestFactoryBuilder} and {@link #httpClientSettings}, with which the
     * template builds its clients itself: a separate connection pool for uploads,
     * short-timeout clients for health checks. MinIO's endless
     * {@code listenBucketNotification} streams always run on a JDK {@code HttpClient},
     * whose responses can be closed from another thread without first reading the body to
     * its end: this one when it is a JDK client, else one built from the
     * {@link #httpClientSettings HTTP client settings} without a read timeout.
     * @param requestFactory the request factory
     * @return this builder
     */
    public MinioTemplateBuilder requestFactory(ClientHttpRequestFactory requestFactory) {
        this.requestFactory = requestFactory;
        return this;
    }

    /**
     * Sets the client library the template builds its HTTP clients with. Default: Apache
     * HttpClient 5 when it is on the classpath (2 to 6 times faster on small requests and
     * large downloads, set up by {@link HttpComponentsClients}, its direct
     * {@code http://} connections on socket channels, which send up to 1 MiB per system
     * call), else the JDK {@code HttpClient} on {@link JdkHttpClientExecutor#shared()}. A
     * builder set here keeps the JDK's socket streams and its own connection pool
     * settings.
     * @param requestFactoryBuilder the Spring Boot builder of the client library
     * @return this builder
     */
    public MinioTemplateBuilder requestFactoryBuilder(ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder) {
        Assert.notNull(requestFactoryBuilder, "'requestFactoryBuilder' must not be null");
        this.requestFactoryBuilder = requestFactoryBuilder;
        return this;
    }

    /**
     * Sets the timeouts and SSL bundle of the template's HTTP clients; their redirect
     * setting is ignored, as the template's clients never follow redirects (an S3
     * redirect is an error naming the endpoint and region to configure). Timeouts left
     * unset default to {@link S3HttpClients#DEFAULT_CONNECT_TIMEOUT 10 s} to connect and
     * {@link S3HttpClients#DEFAULT_READ_TIMEOUT 30 s} between the bytes of a response;
     * the JDK client gets no default read timeout, as Spring applies it there to the
     * whole exchange, body included.
     * @param httpClientSettings the settings
     * @return this builder
     */
    public MinioTemplateBuilder httpClientSettings(HttpClientSettings httpClientSettings) {
        Assert.notNull(httpClientSettings, "'httpClientSettings' must not be null");
        this.httpClientSettings = httpClientSettings;
        return this;
    }

    /**
     * Sets the size of each connection pool of Apache HttpClient 5 (default 64). The
     * template has two pools, one for uploads and one for all other requests, so that
     * downloads held open by callers cannot starve uploads.
     * @param maxConnections the connections per pool, at least 1
     * @return this builder
     */
    public MinioTemplateBuilder maxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
        return this;
    }

    /**
     * Sets the longest wait for a free pooled connection of Apache HttpClient 5 (default
     * 10 s); after it, the request fails with a
     * {@link dev.miniospring.MinioTransportException} naming the pool size.
     * @param connectionAcquisitionTimeout the longest wait
     * @return this builder
     */
    public MinioTemplateBuilder connectionAcquisitionTimeout(Duration connectionAcquisitionTimeout) {
        this.connectionAcquisitionTimeout = connectionAcquisitionTimeout;
        return this;
    }

    /**
     * Sets the request signer (default: {@link AwsV4RequestSigner}).
     * @param signer the signer
     * @return this builder
     */
    public MinioTemplateBuilder signer(S3RequestSigner signer) {
        this.signer = signer;
        return this;
    }

    /**
     * Sets the part size of multipart uploads, 5 MiB to 5 GiB (default 16 MiB); objects
     * up to this size are uploaded in one PUT. An upload holds at most part size ×
     * (upload concurrency + 1) bytes in memory.
     * @param partSize the part size in bytes
     * @return this builder
     */
    public MinioTemplateBuilder partSize(long partSize) {
        this.partSize = partSize;
        return this;
    }

    /**
     * Sets how upload bodies are protected (default {@link PayloadSigning#AUTO}: unsigned
     * with a CRC32C checksum over {@code https://}, signed over {@code http://});
     * {@link PayloadSigning#SIGNED} or {@link PayloadSigning#CHECKSUM} choose one
     * whatever the scheme.
     * @param payloadSigning the payload protection
     * @return this builder
     */
    public MinioTemplateBuilder payloadSigning(PayloadSigning payloadSigning) {
        Assert.notNull(payloadSigning, "'payloadSigning' must not be null");
        this.payloadSigning = payloadSigning;
        return this;
    }

    /**
     * Sets how many parts of one multipart upload are sent in parallel (default 4).
     * @param uploadConcurrency the number of parallel part uploads, at least 1
     * @return this builder
     */
    public MinioTemplateBuilder uploadConcurrency(int uploadConcurrency) {
        this.uploadConcurrency = uploadConcurrency;
        return this;
    }

    /**
     * Sets the registry that observes the template's operations as
     * {@code minio.client.operations} (default: none).
     * @param observationRegistry the registry
     * @return this builder
     */
    public MinioTemplateBuilder observationRegistry(ObservationRegistry observationRegistry) {
        Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
        this.observationRegistry = observationRegistry;
        return this;
    }

    /**
     * Sets a custom convention for the observations (default:
     * {@link DefaultMinioObservationConvention}).
     * @param observationConvention the convention, or {@code null} for the default
     * @return this builder
     */
    public MinioTemplateBuilder observationConvention(@Nullable MinioObservationConvention observationConvention) {
        this.observationConvention = observationConvention;
        return this;
    }

    /**
     * Sets where transferred bytes and multipart uploads in flight are counted (default:
     * nowhere).
     * @param transferMetrics the metrics
     * @return this builder
     */
    public MinioTemplateBuilder transferMetrics(TransferMetrics transferMetrics) {
        Assert.notNull(transferMetrics, "'transferMetrics' must not be null");
        this.transferMetrics = transferMetrics;
        return this;
    }

    /**
     * Sets how {@code listenBucketNotification} keeps its connection (default
     * {@link ListenSettings#DEFAULTS}).
     * @param listenSettings the ping interval and reconnection backoff
     * @return this builder
     */
    public MinioTemplateBuilder listenSettings(ListenSettings listenSettings) {
        Assert.notNull(listenSettings, "'listenSettings' must not be null");
        this.listenSettings = listenSettings;
        return this;
    }

    /**
     * Sets how transient failures are retried (default {@link RetryPolicy#defaults()}: 3
     * attempts, exponential backoff with full jitter from 100 ms up to 20 s, no retry
     * that could not finish within 2 minutes of the first attempt, and a retry budget of
     * 500 tokens shared by all requests of the template); {@link RetryPolicy#none()}
     * disables retries.
     * @param retryPolicy the retry policy
     * @return this builder
     */
    public MinioTemplateBuilder retryPolicy(RetryPolicy retryPolicy) {
        Assert.notNull(retryPolicy, "'retryPolicy' must not be null");
        this.retryPolicy = retryPolicy;
        return this;
    }

    /**
     * Sets an HTTP proxy for this template's clients only (requests, uploads, health
     * checks and notification streams); not applied to a
     * {@link #requestFactory(ClientHttpRequestFactory) request factory of your own}.
     * Supported with Apache HttpClient 5 and the JDK client.
     * @param proxy the proxy, or {@code null} for direct connections (the default)
     * @return this builder
     */
    public MinioTemplateBuilder proxy(@Nullable HttpProxy proxy) {
        this.proxy = proxy;
        return this;
    }

    /**
     * Sets whether part uploads and notification subscriptions run on virtual threads
     * (Java 21 and later) instead of platform daemon threads (the default).
     * @param virtualThreads whether to use virtual threads
     * @return this builder
     */
    public MinioTemplateBuilder virtualThreads(boolean virtualThreads) {
        this.virtualThreads = virtualThreads;
        return this;
    }

    /**
     * Sets whether SSE-C customer keys may be sent to a plain {@code http://} endpoint,
     * where they travel in clear (servers refuse such requests unless configured to
     * accept them). Off by default: such an operation is refused before anything is sent.
     * @param allowCustomerKeysOverHttp whether to send customer keys over plain http
     * @return this builder
     */
    public MinioTemplateBuilder allowCustomerKeysOverHttp(boolean allowCustomerKeysOverHttp) {
        this.allowCustomerKeysOverHttp = allowCustomerKeysOverHttp;
        return this;
    }

    /**
     * Sets how copies too large for one CopyObject are split; the defaults are S3's
     * limits (5 GiB), which tests lower to copy small objects in parts.
     * @param copySizes the threshold and part size of multipart copies
     * @return this builder
     */
    MinioTemplateBuilder multipartCopySizes(MultipartCopySizes copySizes) {
        Assert.notNull(copySizes, "'copySizes' must not be null");
        this.copySizes = copySizes;
        return this;
    }

    /**
     * Sets the size of the byte ranges in which {@code fgetObject} and
     * {@code downloadObject} fetch an object larger than one range (default 8 MiB, as the
     * AWS TransferManager); smaller objects are downloaded in one GET.
     * @param downloadPartSize the range size in bytes, at least 1 MiB
     * @return this builder
     */
    public MinioTemplateBuilder downloadPartSize(long downloadPartSize) {
        this.downloadPartSize = downloadPartSize;
        return this;
    }

    /**
     * Sets how many byte ranges of one download are fetched in parallel (default 8); 1
     * downloads every object in one GET.
     * @param downloadConcurrency the number of parallel range GETs, at least 1
     * @return this builder
     */
    public MinioTemplateBuilder downloadConcurrency(int downloadConcurrency) {
        this.downloadConcurrency = downloadConcurrency;
        return this;
    }

    /**
     * Sets the checksum of every upload that does not choose one in its options (default:
     * none with signed payloads, CRC32C with {@link PayloadSigning#CHECKSUM}): sent with
     * the data, verified and stored by the server.
     * @param checksumAlgorithm the algorithm, or {@code null} for the default
     * @return this builder
     */
    public MinioTemplateBuilder checksumAlgorithm(@Nullable ChecksumAlgorithm checksumAlgorithm) {
        this.checksumAlgorithm = checksumAlgorithm;
        return this;
    }

    /**
     * Builds the template. Performs no network I/O.
     * @return the template
     * @throws IllegalArgumentException when the endpoint is missing or invalid, the
     * public endpoint is invalid, or the upload or download settings are out of range
     * @throws IllegalStateException when virtual threads are asked for on a Java runtime
     * older than 21
     */
    public MinioTemplate build() {
        Assert.hasText(this.endpoint, "'endpoint' must not be empty");
        ThreadFactory threads = TemplateThreads.of(this.virtualThreads);
        DownloadSettings downloadSettings = new DownloadSettings(this.downloadPartSize, this.downloadConcurrency,
                threads);
        S3Endpoint s3Endpoint = S3Endpoint.of(this.endpoint, this.addressingStyle);
        UploadSettings uploadSettings = new UploadSettings(this.partSize, this.uploadConcurrency,
                this.payloadSigning.forEndpoint(s3Endpoint.isSecure()), threads, this.checksumAlgorithm);
        S3Endpoint presignEndpoint = presignEndpoint(s3Endpoint);
        S3RequestSigner requestSigner = (this.signer != null) ? this.signer : new AwsV4RequestSigner();
        S3HttpClients clients = new S3HttpClients(this.requestFactoryBuilder, this.httpClientSettings,
                this.maxConnections, this.connectionAcquisitionTimeout)
            .withProxy(this.proxy);
        TemplateTransports transports = transports(clients, s3Endpoint, requestSigner);
        Presigner presigner = (this.credentials != null) ? new Presigner(requestSigner, this.credentials,
                presignEndpoint, transports.requests()::regionOf, Clock.systemUTC(), this.allowCustomerKeysOverHttp)
                : null;
        return new MinioTemplate(transports, uploadSettings, presigner, this.listenSettings,
                new MinioObservations(this.observationRegistry, this.observationConvention), threads, this.copySizes,
                downloadSettings);
    }

    private TemplateTransports transports(S3HttpClients clients, S3Endpoint s3Endpoint, S3RequestSigner signer) {
        TemplateRestClients restClients = new TemplateRestClients(this.restClientBuilder, this.restClientCustomizers,
                signer, this.credentials);
        ClientHttpRequestFactory given = this.requestFactory;
        Supplier<ClientHttpRequestFactory> requests = SingletonSupplier
            .of(() -> (given != null) ? given : clients.requests());
        String fixedRegion = (this.region != null || this.credentials != null) ? this.region : "us-east-1";
        S3Transport transport = new S3Transport(restClients.restClient(requests), s3Endpoint, fixedRegion,
                this.retryPolicy, this.transferMetrics);
        S3Transport uploadTransport = (given == null && clients.separateUploads())
                ? transport.withClient(restClients.restClient(() -> clients.uploads(requests.get())), this.retryPolicy)
                : transport;
        S3Transport listenTransport = (given instanceof JdkClientHttpRequestFactory) ? transport
                : transport.withClient(restClients.plainRestClient(clients::notifications), this.retryPolicy);
        return new TemplateTransports(transport, uploadTransport, listenTransport,
                healthChecks(clients, transport, restClients), this.allowCustomerKeysOverHttp);
    }

    private Function<Duration, S3Transport> healthChecks(S3HttpClients clients, S3Transport transport,
            TemplateRestClients restClients) {
        if (this.requestFactory != null) {
            return (timeout) -> transport.withRetryPolicy(RetryPolicy.none());
        }
        return (timeout) -> transport.withClient(restClients.restClient(() -> clients.healthChecks(timeout)),
                RetryPolicy.none());
    }

    private S3Endpoint presignEndpoint(S3Endpoint s3Endpoint) {
        if (!StringUtils.hasText(this.publicEndpoint)) {
            return s3Endpoint;
        }
        try {
            return S3Endpoint.of(this.publicEndpoint, this.addressingStyle);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Invalid 'publicEndpoint': " + ex.getMessage(), ex);
        }
    }

}
