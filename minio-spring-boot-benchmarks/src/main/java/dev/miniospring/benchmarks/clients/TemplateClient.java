package dev.miniospring.benchmarks.clients;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.miniospring.benchmarks.Drain;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.http.AddressingStyle;
import dev.miniospring.http.HttpComponentsClients;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ListObjectsPage;
import dev.miniospring.object.ListObjectsRequest;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Our {@link MinioTemplate}, built as the auto-configuration builds it (Spring Boot's
 * request factory builder, HTTP client settings with an SSL bundle over HTTPS, virtual
 * threads when the application enables them), on Apache HttpComponents 5 or the JDK
 * {@code HttpClient}, with the default payload signing or
 * {@link PayloadSigning#CHECKSUM}. Each variant sends its own {@code User-Agent}, so that
 * the do-nothing server reports how each protected its uploads.
 */
public final class TemplateClient implements BenchClient {

    /** The HTTP client under the template's {@code RestClient}. */
    public enum Http {

        /**
         * The JDK {@code HttpClient} on the shared executor (the template's fallback
         * without HttpClient 5).
         */
        JDK,
        /**
         * A plain {@code new JdkClientHttpRequestFactory()}, as the template's default
         * was before the fix.
         */
        JDK_PLAIN,
        /**
         * Apache HttpClient 5 as the template sets it up by default (socket channels for
         * {@code http://} endpoints).
         */
        HC5,
        /**
         * Diagnostic: Apache HttpClient 5 from
         * {@code HttpComponentsClients.requestFactoryBuilder()}, on the JDK's socket
         * streams.
         */
        HC5_STREAMS,
        /** Diagnostic: Apache HttpClient 5 with HttpCore's LAX connection pool. */
        HC5_LAX,
        /**
         * Diagnostic: Apache HttpClient 5 without a read timeout (never a choice for an
         * application: a read could wait forever).
         */
        HC5_NO_READ_TIMEOUT,
        /**
         * Diagnostic: Apache HttpClient 5 as the template sets it up, but with Spring
         * Boot's TLS strategy, which reads the socket without a buffer.
         */
        HC5_TLS_UNBUFFERED

    }

    private final String name;

    private final MinioTemplate template;

    private TemplateClient(String name, MinioTemplate template) {
        this.name = name;
        this.template = template;
    }

    /**
     * Creates the client.
     * @param settings the shared settings
     * @param http the HTTP client
     * @param checksum whether uploads use {@link PayloadSigning#CHECKSUM} instead of the
     * template's default
     * @param id the command-line name of the variant, sent as its {@code User-Agent}
     * @return the client
     */
    public static TemplateClient create(ClientSettings settings, Http http, boolean checksum, String id) {
        MinioTemplateBuilder builder = MinioTemplate.builder()
            .endpoint(settings.endpoint().toString())
            .credentials(settings.accessKey(), settings.secretKey())
            .region(ClientSettings.REGION)
            .addressingStyle(AddressingStyle.PATH)
            .partSize(settings.partSize())
            .uploadConcurrency(settings.uploadConcurrency())
            .virtualThreads(virtualThreadsEnabled(settings.virtualThreads()))
            .restClientCustomizer((client) -> client.defaultHeader(HttpHeaders.USER_AGENT, "MinioTemplate-" + id));
        if (checksum) {
            builder.payloadSigning(PayloadSigning.CHECKSUM);
        }
        HttpClientSettings httpSettings = (settings.certificate() != null)
                ? HttpClientSettings.defaults().withSslBundle(settings.certificate().sslBundle())
                : HttpClientSettings.defaults();
        switch (http) {
            case HC5 -> builder.httpClientSettings(httpSettings);
            case HC5_STREAMS -> builder.requestFactoryBuilder(HttpComponentsClients.requestFactoryBuilder())
                .httpClientSettings(httpSettings);
            case HC5_TLS_UNBUFFERED -> builder.requestFactoryBuilder(ClientHttpRequestFactoryBuilder.httpComponents())
                .httpClientSettings(httpSettings);
            case HC5_LAX -> builder
                .requestFactoryBuilder(ClientHttpRequestFactoryBuilder.httpComponents()
                    .withConnectionManagerCustomizer(
                            (connections) -> connections.setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)))
                .httpClientSettings(httpSettings);
            case HC5_NO_READ_TIMEOUT -> builder.requestFactoryBuilder(ClientHttpRequestFactoryBuilder.httpComponents())
                .httpClientSettings(httpSettings.withReadTimeout(Duration.ZERO));
            case JDK ->
                builder.requestFactoryBuilder(ClientHttpRequestFactoryBuilder.jdk()).httpClientSettings(httpSettings);
            case JDK_PLAIN -> builder.requestFactory(plainJdk(settings));
        }
        String name = "MinioTemplate/" + http + (checksum ? "/checksum" : "")
                + (settings.virtualThreads() ? "/virtual" : "");
        return new TemplateClient(name, builder.build());
    }

    /**
     * Resolves virtual threads as the auto-configuration does:
     * {@code spring.threads.virtual.enabled=true} on Java 21 and later
     * ({@link Threading#VIRTUAL}).
     */
    private static boolean virtualThreadsEnabled(boolean enabled) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources()
            .addFirst(new MapPropertySource("benchmark",
                    Map.of("spring.threads.virtual.enabled", Boolean.toString(enabled))));
        boolean active = Threading.VIRTUAL.isActive(environment);
        if (enabled && !active) {
            throw new IllegalStateException(
                    "Virtual threads need Java 21 or later; this is Java " + Runtime.version().feature());
        }
        return active;
    }

    private static JdkClientHttpRequestFactory plainJdk(ClientSettings settings) {
        if (settings.certificate() == null) {
            return new JdkClientHttpRequestFactory();
        }
        return new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().sslContext(settings.certificate().clientContext()).build());
    }

    @Override
    public String name() {
        return this.name;
    }

    @Override
    public void put(String bucket, String key, byte[] data) {
        this.template.putObject(bucket, key, new ByteArrayInputStream(data), data.length);
    }

    @Override
    public long get(String bucket, String key) {
        GetObjectResponse response = this.template.getObject(bucket, key);
        return Drain.drain(response);
    }

    @Override
    public long head(String bucket, String key) {
        return this.template.statObject(bucket, key).size();
    }

    @Override
    public int list(String bucket, String prefix, int pageSize) {
        ListObjectsRequest request = ListObjectsRequest.of(prefix, true).withMaxKeys(pageSize);
        int count = 0;
        while (true) {
            ListObjectsPage page = this.template.listObjectsV2Page(bucket, request);
            count += page.objects().size();
            if (!page.isTruncated() || page.nextToken() == null) {
                return count;
            }
            request = request.withToken(page.nextToken());
        }
    }

    @Override
    public void upload(String bucket, String key, InputStream data, long length) {
        this.template.putObject(bucket, key, data, length);
    }

    @Override
    public void uploadFile(String bucket, String key, Path file) {
        this.template.fputObject(bucket, key, file);
    }

    @Override
    public void downloadFile(String bucket, String key, Path file) {
        this.template.fgetObject(bucket, key, file);
    }

    @Override
    public void createBucket(String bucket) {
        if (!this.template.bucketExists(bucket)) {
            this.template.makeBucket(bucket);
        }
    }

    @Override
    public void close() {
        // the template's HTTP clients live as long as the benchmark JVM
    }

}
