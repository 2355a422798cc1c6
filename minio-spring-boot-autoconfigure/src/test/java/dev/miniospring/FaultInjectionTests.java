package dev.miniospring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sun.net.httpserver.HttpServer;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.test.FaultyRequestFactory;
import dev.miniospring.test.RawHttpStub;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.test.WireMockExtension;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One row per injected fault: what the user sees, and what is left on the server. Faults
 * are injected with WireMock, raw socket and JDK {@link HttpServer} stubs, and a request
 * factory wrapper in front of a real S3Proxy.
 */
@ExtendWith(S3ProxyExtension.class)
class FaultInjectionTests {

    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));

    private static final int MIB = 1024 * 1024;

    private static final String SLOW_DOWN = "<Error><Code>SlowDown</Code><Message>Reduce your rate</Message></Error>";

    @RegisterExtension
    static final WireMockExtension WIRE_MOCK = new WireMockExtension(options().dynamicPort().gzipDisabled(true));

    private WireMockServer wireMock;

    @BeforeEach
    void start(WireMockServer wireMock) {
        this.wireMock = wireMock;
    }

    @ParameterizedTest
    @EnumSource
    @Timeout(60)
    void fault(Fault fault, S3ProxyServer s3proxy, @TempDir Path directory) throws Exception {
        fault.inject(new Harness(this.wireMock, s3proxy, directory));
    }

    enum Fault {

        SERVICE_UNAVAILABLE_THEN_SUCCESS {
            @Override
            void inject(Harness harness) {
                harness.wireMock.stubFor(put("/bucket/key").inScenario("flaky")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(aResponse().withStatus(503).withBody(SLOW_DOWN))
                    .willSetStateTo("recovered"));
                harness.wireMock.stubFor(put("/bucket/key").inScenario("flaky")
                    .whenScenarioStateIs("recovered")
                    .willReturn(aResponse().withHeader("ETag", "\"e1\"")));
                MinioTemplate template = harness.wireMockBuilder()
                    .signer(new AwsV4RequestSigner(new TickingClock()))
                    .build();
                byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
                assertThat(template.putObject("bucket", "key", new ByteArrayInputStream(data), 5).etag())
                    .isEqualTo("e1");
                List<LoggedRequest> puts = harness.wireMock.findAll(putRequestedFor(urlEqualTo("/bucket/key")));
                assertThat(puts).extracting(LoggedRequest::getBodyAsString).containsExactly("hello", "hello");
                assertThat(puts).extracting((put) -> put.getHeader("x-amz-date")).doesNotHaveDuplicates();
                assertThat(puts).extracting((put) -> put.getHeader("Authorization"))
                    .doesNotHaveDuplicates()
                    .allMatch((authorization) -> authorization.startsWith("AWS4-HMAC-SHA256 Credential=access/"));
            }
        },

        SERVICE_UNAVAILABLE_FOREVER {
            @Override
            void inject(Harness harness) {
                harness.wireMock.stubFor(head(urlEqualTo("/bucket/key"))
                    .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
                assertThatExceptionOfType(MinioErrorResponseException.class)
                    .isThrownBy(() -> harness.wireMockBuilder().build().statObject("bucket", "key"))
                    .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(503))
                    .satisfies((ex) -> assertThat(ex.code()).isEqualTo("ServiceUnavailable"));
                harness.wireMock.verify(FAST.maxAttempts(), headRequestedFor(urlEqualTo("/bucket/key")));
            }
        },

        THROTTLED_WITH_LONG_RETRY_AFTER {
            @Override
            void inject(Harness harness) {
                harness.wireMock.stubFor(head(urlEqualTo("/bucket")).inScenario("throttled")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600"))
                    .willSetStateTo("calm"));
                harness.wireMock.stubFor(head(urlEqualTo("/bucket")).inScenario("throttled")
                    .whenScenarioStateIs("calm")
                    .willReturn(aResponse().withStatus(200)));
                assertThat(harness.wireMockBuilder().build().bucketExists("bucket")).isTrue();
                harness.wireMock.verify(2, headRequestedFor(urlEqualTo("/bucket")));
            }
        },

        ACCESS_DENIED_IS_NOT_RETRIED {
            @Override
            void inject(Harness harness) {
                harness.wireMock.stubFor(get("/bucket/key").willReturn(aResponse().withStatus(403)
                    .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));
                assertThatExceptionOfType(MinioErrorResponseException.class)
                    .isThrownBy(() -> harness.wireMockBuilder().build().getObject("bucket", "key"))
                    .satisfies((ex) -> assertThat(ex.code()).isEqualTo("AccessDenied"));
                harness.wireMock.verify(1, anyRequestedFor(anyUrl()));
            }
        },

        CONNECTION_REFUSED {
            @Override
            void inject(Harness harness) throws IOException {
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                MinioTemplate template = harness.builder("http://127.0.0.1:" + port).build();
                assertThatExceptionOfType(MinioTransportException.class)
                    .isThrownBy(() -> template.statObject("bucket", "key"))
                    .withMessageContaining("HEAD http://127.0.0.1:" + port + "/bucket/key")
                    .satisfies((ex) -> assertThat(ex.getSuppressed()).as("earlier attempts").hasSize(1));
            }
        },

        CONNECTION_RESET_MID_GET {
            @Override
            void inject(Harness harness) throws IOException {
                try (RawHttpStub stub = RawHttpStub.start(1_000_000, 64 * 1024, true)) {
                    MinioTemplate template = harness.builder(stub.url()).build();
                    assertThatExceptionOfType(MinioTransportException.class)
                        .isThrownBy(() -> readAll(template.getObject("bucket", "key")));
                    assertThat(stub.requests()).isPositive();
                }
            }
        },

        TRUNCATED_BODY {
            @Override
            void inject(Harness harness) throws IOException {
                try (RawHttpStub stub = RawHttpStub.start(1000, 100, false)) {
                    MinioTemplate template = harness.builder(stub.url()).build();
                    assertThatExceptionOfType(MinioTransportException.class)
                        .isThrownBy(() -> readAll(template.getObject("bucket", "key")))
                        .withMessageContaining("of 1000 bytes");
                    assertThatExceptionOfType(MinioException.class)
                        .isThrownBy(() -> template.fgetObject("bucket", "key", harness.directory.resolve("f.bin")));
                    assertThat(harness.directory).isEmptyDirectory();
                }
            }
        },

        SLOW_SERVER_BEYOND_READ_TIMEOUT {
            @Override
            void inject(Harness harness) throws IOException {
                AtomicInteger requests = new AtomicInteger();
                HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                stub.setExecutor(Executors.newCachedThreadPool(Harness::daemon));
                stub.createContext("/", (exchange) -> {
                    requests.incrementAndGet();
                    sleep(2000);
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                stub.start();
                try {
                    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
                    factory.setReadTimeout(Duration.ofMillis(200));
                    MinioTemplate template = harness.builder("http://127.0.0.1:" + stub.getAddress().getPort())
                        .requestFactory(factory)
                        .build();
                    assertThatExceptionOfType(MinioTransportException.class)
                        .isThrownBy(() -> template.statObject("bucket", "key"))
                        .withCauseInstanceOf(HttpTimeoutException.class);
                    assertThat(requests).hasValue(FAST.maxAttempts());
                }
                finally {
                    stub.stop(0);
                }
            }
        },

        ERROR_INSIDE_200_ON_COMPLETE {
            @Override
            void inject(Harness harness) {
                harness.stubMultipart();
                harness.wireMock.stubFor(post(urlEqualTo("/bucket/big?uploadId=upload-1")).inScenario("complete")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(aResponse().withBody("<Error><Code>InternalError</Code></Error>"))
                    .willSetStateTo("done"));
                harness.wireMock.stubFor(post(urlEqualTo("/bucket/big?uploadId=upload-1")).inScenario("complete")
                    .whenScenarioStateIs("done")
                    .willReturn(aResponse().withBody("<CompleteMultipartUploadResult><ETag>\"all\"</ETag>"
                            + "</CompleteMultipartUploadResult>")));
                MinioTemplate template = harness.wireMockBuilder().partSize(5 * MIB).build();
                assertThat(template.putObject("bucket", "big", new ByteArrayInputStream(new byte[11 * MIB]), 11 * MIB)
                    .etag()).isEqualTo("all");
                harness.wireMock.verify(2, postRequestedFor(urlEqualTo("/bucket/big?uploadId=upload-1")));
                harness.wireMock.verify(0, deleteRequestedFor(anyUrl()));
            }
        },

        ERROR_INSIDE_200_ON_COPY {
            @Override
            void inject(Harness harness) {
                harness.wireMock.stubFor(
                        head(urlEqualTo("/bucket/source")).willReturn(aResponse().withHeader("Content-Length", "10")
                            .withHeader("ETag", "\"s\"")
                            .withHeader("Last-Modified", "Mon, 30 Nov 2026 12:00:00 GMT")));
                harness.wireMock.stubFor(put(urlEqualTo("/bucket/copy")).inScenario("copy")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(aResponse().withBody(SLOW_DOWN))
                    .willSetStateTo("done"));
                harness.wireMock.stubFor(put(urlEqualTo("/bucket/copy")).inScenario("copy")
                    .whenScenarioStateIs("done")
                    .willReturn(aResponse().withBody("<CopyObjectResult><ETag>\"c\"</ETag></CopyObjectResult>")));
                assertThat(harness.wireMockBuilder().build().copyObject("bucket", "copy", "bucket/source").etag())
                    .isEqualTo("c");
                harness.wireMock.verify(2, putRequestedFor(urlEqualTo("/bucket/copy")));
            }
        },

        PART_UPLOAD_FAILING_FOR_GOOD {
            @Override
            void inject(Harness harness) {
                FaultyRequestFactory factory = Harness.failingPart2(Integer.MAX_VALUE);
                MinioTemplate template = harness.s3proxyBuilder(factory).partSize(5 * MIB).build();
                String bucket = harness.bucket(template);
                assertThatExceptionOfType(MinioTransportException.class).isThrownBy(
                        () -> template.putObject(bucket, "big", new ByteArrayInputStream(random(11 * MIB)), 11 * MIB))
                    .withMessageContaining("Connection reset (injected)");
                assertThat(factory.injected()).isEqualTo(FAST.maxAttempts());
                assertThat(template.listIncompleteUploads(bucket, null, true)).isEmpty();
                assertThat(template.objectExists(bucket, "big")).isFalse();
            }
        },

        PART_UPLOAD_RESET_ONCE {
            @Override
            void inject(Harness harness) throws IOException {
                FaultyRequestFactory factory = Harness.failingPart2(1);
                MinioTemplate template = harness.s3proxyBuilder(factory).partSize(5 * MIB).build();
                String bucket = harness.bucket(template);
                byte[] data = random(11 * MIB);
                template.putObject(bucket, "big", new ByteArrayInputStream(data), data.length);
                assertThat(factory.matched()).isEqualTo(2);
                assertThat(readAll(template.getObject(bucket, "big"))).isEqualTo(data);
                assertThat(template.listIncompleteUploads(bucket, null, true)).isEmpty();
            }
        },

        CLOCK_SKEW {
            @Override
            void inject(Harness harness) {
                FaultyRequestFactory counter = new FaultyRequestFactory(new JdkClientHttpRequestFactory(),
                        (method, uri) -> true, 0);
                Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
                MinioTemplate template = harness.s3proxyBuilder(counter).signer(new AwsV4RequestSigner(skewed)).build();
                assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(template::listBuckets)
                    .satisfies((ex) -> assertThat(ex.code()).isEqualTo("RequestTimeTooSkewed"))
                    .withMessageContaining("fix the clock");
                assertThat(counter.matched()).isOne();
            }
        };

        abstract void inject(Harness harness) throws IOException;

    }

    static byte[] readAll(GetObjectResponse object) throws IOException {
        try (InputStream in = object) {
            return in.readAllBytes();
        }
    }

    static byte[] random(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return data;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    record Harness(WireMockServer wireMock, S3ProxyServer s3proxy, Path directory) {

        MinioTemplateBuilder builder(String endpoint) {
            return MinioTemplate.builder()
                .endpoint(endpoint)
                .credentials("access", "secret-key")
                .region("us-east-1")
                .retryPolicy(FAST);
        }

        MinioTemplateBuilder wireMockBuilder() {
            return builder(this.wireMock.baseUrl());
        }

        MinioTemplateBuilder s3proxyBuilder(ClientHttpRequestFactory requestFactory) {
            return MinioTemplate.builder()
                .endpoint(this.s3proxy.endpoint().toString())
                .credentials(this.s3proxy.accessKey(), this.s3proxy.secretKey())
                .region("us-east-1")
                .retryPolicy(FAST)
                .requestFactory(requestFactory);
        }

        String bucket(MinioTemplate template) {
            String bucket = UniqueBucketNames.unique("fault");
            template.makeBucket(bucket);
            return bucket;
        }

        void stubMultipart() {
            this.wireMock.stubFor(post(urlEqualTo("/bucket/big?uploads")).willReturn(aResponse().withBody(
                    "<InitiateMultipartUploadResult><UploadId>upload-1</UploadId></InitiateMultipartUploadResult>")));
            this.wireMock
                .stubFor(put(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"p\"")));
            this.wireMock.stubFor(delete(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withStatus(204)));
        }

        static FaultyRequestFactory failingPart2(int failures) {
            return new FaultyRequestFactory(new JdkClientHttpRequestFactory(), (method, uri) -> method == HttpMethod.PUT
                    && uri.getRawQuery() != null && uri.getRawQuery().contains("partNumber=2"), failures);
        }

        static Thread daemon(Runnable task) {
            Thread thread = new Thread(task, "slow-stub");
            thread.setDaemon(true);
            return thread;
        }

    }

    /**
     * A clock one minute later at each reading, so that every signature carries another
     * date.
     */
    static final class TickingClock extends Clock {

        private final AtomicLong readings = new AtomicLong();

        private final Instant start = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return this.start.plusSeconds(60 * this.readings.getAndIncrement());
        }

    }

}
