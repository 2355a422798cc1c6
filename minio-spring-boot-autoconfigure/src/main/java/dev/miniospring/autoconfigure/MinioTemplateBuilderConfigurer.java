package dev.miniospring.autoconfigure;

import io.micrometer.observation.ObservationRegistry;

import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.http.S3HttpClients;
import dev.miniospring.http.RetryBudget;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.observation.DefaultMinioObservationConvention;
import dev.miniospring.observation.MinioObservationConvention;
import dev.miniospring.observation.TransferMetrics;
import dev.miniospring.signing.S3RequestSigner;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.thread.Threading;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.http.client.observation.ClientRequestObservationConvention;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;
import org.springframework.web.client.RestClient;

/**
 * Applies the application's settings to a {@link MinioTemplateBuilder}: the
 * {@code minio.*} client properties (all but the connection: endpoint, keys, region,
 * public endpoint, addressing style), Spring Boot's HTTP client settings with the
 * template's own SSL bundle and proxy, virtual threads when enabled, the observation
 * registry and convention, the transfer metrics, the signer, then the
 * {@link MinioRestClientCustomizer} and {@link MinioTemplateBuilderCustomizer} beans in
 * order. The template's {@link RestClient}s start from Spring Boot's
 * {@link RestClient.Builder} when the application has one
 * ({@code spring-boot-restclient}), otherwise from a fresh builder that records the same
 * {@code http.client.requests} observations.
 */
final class MinioTemplateBuilderConfigurer {

    private static final String CLIENT_REQUESTS_NAME_PROPERTY = "management.observations.http.client.requests.name";

    private static final String CLIENT_REQUESTS_NAME = "http.client.requests";

    private final MinioProperties properties;

    private final MinioObservationProperties observationProperties;

    private final Environment environment;

    private final ObjectProvider<S3RequestSigner> signer;

    private final ObjectProvider<RestClient.Builder> restClientBuilder;

    private final ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder;

    private final ObjectProvider<HttpClientSettings> httpClientSettings;

    private final ObjectProvider<SslBundles> sslBundles;

    private final ObjectProvider<ObservationRegistry> observationRegistry;

    private final ObjectProvider<MinioObservationConvention> observationConvention;

    private final ObjectProvider<ClientRequestObservationConvention> clientRequestObservationConvention;

    private final ObjectProvider<TransferMetrics> transferMetrics;

    private final ObjectProvider<MinioRestClientCustomizer> restClientCustomizers;

    private final ObjectProvider<MinioTemplateBuilderCustomizer> builderCustomizers;

    MinioTemplateBuilderConfigurer(MinioProperties properties, MinioObservationProperties observationProperties,
            Environment environment, ListableBeanFactory beans) {
        MinioPropertyChecks.check(properties, environment);
        this.properties = properties;
        this.observationProperties = observationProperties;
        this.environment = environment;
        this.signer = beans.getBeanProvider(S3RequestSigner.class);
        this.restClientBuilder = beans.getBeanProvider(RestClient.Builder.class);
        this.requestFactoryBuilder = beans
            .getBeanProvider(ResolvableType.forClass(ClientHttpRequestFactoryBuilder.class));
        this.httpClientSettings = beans.getBeanProvider(HttpClientSettings.class);
        this.sslBundles = beans.getBeanProvider(SslBundles.class);
        this.observationRegistry = beans.getBeanProvider(ObservationRegistry.class);
        this.observationConvention = beans.getBeanProvider(MinioObservationConvention.class);
        this.clientRequestObservationConvention = beans.getBeanProvider(ClientRequestObservationConvention.class);
        this.transferMetrics = beans.getBeanProvider(TransferMetrics.class);
        this.restClientCustomizers = beans.getBeanProvider(MinioRestClientCustomizer.class);
        this.builderCustomizers = beans.getBeanProvider(MinioTemplateBuilderCustomizer.class);
    }

    /**
     * Configures a builder.
     * @param builder the builder
     * @return the builder
     */
    MinioTemplateBuilder configure(MinioTemplateBuilder builder) {
        observe(builder);
        connect(builder);
        builder.signer(this.signer.getObject())
            .partSize(this.properties.partSize().toBytes())
            .uploadConcurrency(this.properties.uploadConcurrency())
            .payloadSigning(this.properties.payloadSigning())
            .retryPolicy(retryPolicy(this.properties.retry()))
            .allowCustomerKeysOverHttp(this.properties.allowCustomerKeysOverHttp())
            .downloadPartSize(this.properties.download().partSize().toBytes())
            .downloadConcurrency(this.properties.download().concurrency())
            .checksumAlgorithm(this.properties.checksumAlgorithm());
        for (MinioRestClientCustomizer customizer : this.restClientCustomizers.orderedStream().toList()) {
            builder.restClientCustomizer(customizer::customize);
        }
        for (MinioTemplateBuilderCustomizer customizer : this.builderCustomizers.orderedStream().toList()) {
            customizer.customize(builder);
        }
        return builder;
    }

    private void observe(MinioTemplateBuilder builder) {
        ObservationRegistry registry = this.observationRegistry.getIfAvailable();
        MinioObservationConvention convention = this.observationConvention.getIfAvailable();
        TransferMetrics metrics = this.transferMetrics.getIfAvailable();
        builder.observationRegistry((registry != null) ? registry : ObservationRegistry.NOOP)
            .observationConvention((convention != null) ? convention
                    : new DefaultMinioObservationConvention(this.observationProperties.bucketTag()))
            .transferMetrics((metrics != null) ? metrics : TransferMetrics.NONE);
    }

    private void connect(MinioTemplateBuilder builder) {
        ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder = requestFactoryBuilder();
        if (requestFactoryBuilder != null) {
            builder.requestFactoryBuilder(requestFactoryBuilder);
        }
        builder.restClientBuilder(() -> this.restClientBuilder.getIfAvailable(this::observedRestClientBuilder))
            .httpClientSettings(MinioClientSettings.apply(httpClientSettings(), this.properties.ssl(), this.sslBundles))
            .proxy(MinioClientSettings.proxy(this.properties.proxy()))
            .virtualThreads(Threading.VIRTUAL.isActive(this.environment))
            .maxConnections(this.properties.maxConnections())
            .connectionAcquisitionTimeout(this.properties.connectionAcquisitionTimeout());
    }

    private RestClient.Builder observedRestClientBuilder() {
        ObservationRegistry registry = this.observationRegistry.getIfAvailable();
        if (registry == null) {
            return RestClient.builder();
        }
        return RestClient.builder()
            .observationRegistry(registry)
            .observationConvention(this.clientRequestObservationConvention
                .getIfAvailable(() -> new DefaultClientRequestObservationConvention(clientRequestsName())));
    }

    private String clientRequestsName() {
        return this.environment.getProperty(CLIENT_REQUESTS_NAME_PROPERTY, CLIENT_REQUESTS_NAME);
    }

    /**
     * Returns the builder of the application's HTTP client library, or {@code null} for
     * the template to set up Apache HttpClient 5 itself (when it is on the classpath and
     * the application chose no library).
     */
    private @Nullable ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder() {
        if (!ApplicationHttpClientDetection.isFactoryConfigured(this.environment)
                && S3HttpClients.isHttpClient5Present(MinioTemplateBuilderConfigurer.class.getClassLoader())) {
            return null;
        }
        return this.requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
    }

    private HttpClientSettings httpClientSettings() {
        HttpClientSettings result = this.httpClientSettings.getIfAvailable();
        if (result == null) {
            result = HttpClientSettings.defaults();
        }
        if (this.properties.connectTimeout() != null) {
            result = result.withConnectTimeout(this.properties.connectTimeout());
        }
        if (this.properties.readTimeout() != null) {
            result = result.withReadTimeout(this.properties.readTimeout());
        }
        return result;
    }

    private static RetryPolicy retryPolicy(MinioProperties.Retry retry) {
        MinioProperties.Budget budget = retry.budget();
        return new RetryPolicy(retry.maxAttempts(), retry.baseDelay(), retry.maxDelay(), retry.apiCallTimeout(),
                new RetryBudget(budget.capacity(), budget.retryCost(), budget.timeoutRetryCost()));
    }

}
