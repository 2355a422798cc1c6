package dev.miniospring.fault;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.http.HttpComponentsClients;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.notification.ListenSettings;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.testserver.S3ProxyServer;
import dev.miniospring.testserver.fault.FaultProxy;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of a fault row: a fresh bucket, a proxy in front of S3Proxy, a template through
 * the proxy with short timeouts (the listen response timeout included) and fast retries,
 * and a template that bypasses the proxy to check what is left on the server.
 */
final class FaultRun implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));

    static final int PART_SIZE = 5 * 1024 * 1024;

    private final ObjectFixtures fixtures;

    private final S3ProxyServer server;

    private final FaultProxy proxy;

    private final MinioTemplate template;

    private final String bucket;

    private final Path directory;

    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

    FaultRun(S3ProxyServer server, Path directory) {
        this.server = server;
        this.fixtures = new ObjectFixtures(server);
        this.directory = directory;
        this.bucket = this.fixtures.newBucket("fault");
        this.proxy = FaultProxy.start(server.endpoint());
        this.template = builder(this.proxy.endpoint().toString()).build();
    }

    /**
     * Returns a builder for a template through the proxy with the suite's timeouts,
     * retries and part size.
     */
    MinioTemplateBuilder builder(String endpoint) {
        return MinioTemplate.builder()
            .endpoint(endpoint)
            .credentials(this.server.accessKey(), this.server.secretKey())
            .region("us-east-1")
            .retryPolicy(FAST)
            .partSize(PART_SIZE)
            .uploadConcurrency(2)
            .listenSettings(new ListenSettings(Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofMillis(100),
                    READ_TIMEOUT))
            .requestFactory(HttpComponentsClients.forS3(ClientHttpRequestFactoryBuilder.httpComponents())
                .build(HttpClientSettings.defaults().withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT)));
    }

    MinioTemplate template() {
        return this.template;
    }

    /**
     * Returns a template that talks to S3Proxy directly.
     */
    MinioTemplate direct() {
        return this.fixtures.template();
    }

    FaultProxy proxy() {
        return this.proxy;
    }

    S3ProxyServer server() {
        return this.server;
    }

    String bucket() {
        return this.bucket;
    }

    Path directory() {
        return this.directory;
    }

    String newBucket() {
        return this.fixtures.newBucket("fault");
    }

    void store(String key, byte[] content) {
        direct().putObject(this.bucket, key, new ByteArrayInputStream(content), content.length);
    }

    /**
     * Reads an object directly from S3Proxy.
     * @return its content, or {@code null} when it does not exist
     */
    byte @Nullable [] stored(String key) throws IOException {
        try (InputStream in = direct().getObject(this.bucket, key)) {
            return in.readAllBytes();
        }
        catch (MinioErrorResponseException ex) {
            if ("NoSuchKey".equals(ex.code())) {
                return null;
            }
            throw ex;
        }
    }

    void assertStored(String key, byte @Nullable [] expected) throws IOException {
        if (expected == null) {
            assertThat(stored(key)).as("object %s", key).isNull();
        }
        else {
            assertThat(stored(key)).as("object %s", key).isEqualTo(expected);
        }
    }

    void assertNoUploadsLeft() {
        assertThat(direct().listIncompleteUploads(this.bucket, null, true)).as("incomplete multipart uploads")
            .isEmpty();
    }

    static byte[] random(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return data;
    }

    /**
     * Registers something the call opened, to be closed at the end of the run even when
     * the call hangs.
     */
    <T extends AutoCloseable> T closeAtEnd(T resource) {
        this.resources.add(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : this.resources) {
            resource.close();
        }
        this.proxy.close();
    }

}
