package dev.miniospring.internal.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.http.HttpComponentsClients;
import dev.miniospring.http.JdkHttpClientExecutor;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Redirects (what a wrong regional endpoint answers) and other 3xx answers are errors
 * naming where the server points, never an empty success, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class RedirectResponseTests {

    private static final String PERMANENT_REDIRECT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed \
            using the specified endpoint. Please send all future requests to this endpoint.</Message>\
            <Endpoint>bucket.s3.eu-central-1.amazonaws.com</Endpoint><Bucket>bucket</Bucket>\
            <RequestId>REQ1</RequestId><HostId>HOST1</HostId></Error>""";

    private static final String TEMPORARY_REDIRECT = """
            <Error><Code>TemporaryRedirect</Code><Message>Please re-send this request to the specified temporary \
            endpoint. Continue to use the original request endpoint for future requests.</Message>\
            <Endpoint>bucket.s3-eu-central-1.amazonaws.com</Endpoint><Bucket>bucket</Bucket></Error>""";

    private static final String ELSEWHERE = "/elsewhere/key";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(this.server).retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void putObjectAnsweredPermanentRedirectFails() {
        answerEverything(permanentRedirect());
        assertPermanentRedirect(() -> this.template.putObject("bucket", "key",
                new ByteArrayInputStream("data".getBytes(StandardCharsets.UTF_8)), 4));
    }

    @Test
    void getObjectAnsweredPermanentRedirectFails() {
        answerEverything(permanentRedirect());
        assertPermanentRedirect(() -> this.template.getObject("bucket", "key").close());
    }

    @Test
    void fgetObjectAnsweredTemporaryRedirectLeavesTheUsersFileUntouched(@TempDir Path directory) throws IOException {
        answerEverything(temporaryRedirect());
        Path target = Files.writeString(directory.resolve("report.txt"), "the user's own data");
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.fgetObject("bucket", "key", target))
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(307);
                assertThat(ex.code()).isEqualTo("TemporaryRedirect");
                assertThat(ex.getMessage()).contains("bucket.s3-eu-central-1.amazonaws.com");
            });
        assertThat(target).hasContent("the user's own data");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void objectExistsOnAMissingKeyAnsweredBodilessRedirectFailsNamingTheRegion() {
        answerEverything(aResponse().withStatus(301).withHeader("x-amz-bucket-region", "eu-central-1"));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.objectExists("bucket", "missing"))
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(301);
                assertThat(ex.code()).isEqualTo("PermanentRedirect");
                assertThat(ex.getMessage()).contains("region eu-central-1");
            });
    }

    @Test
    void removeObjectAnsweredTemporaryRedirectFails() {
        answerEverything(temporaryRedirect());
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.removeObject("bucket", "key"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("TemporaryRedirect"));
    }

    @Test
    void makeBucketAnsweredPermanentRedirectFails() {
        answerEverything(permanentRedirect());
        assertPermanentRedirect(() -> this.template.makeBucket("bucket"));
    }

    @Test
    void listingsAnsweredRedirectsFailInsteadOfComingBackEmpty() {
        answerEverything(permanentRedirect());
        assertPermanentRedirect(() -> this.template.listObjectsV2("bucket", null, true).toList());
        assertPermanentRedirect(() -> this.template.listObjects("bucket", null, true).toList());
        assertPermanentRedirect(() -> this.template.listIncompleteUploads("bucket", null, true).toList());
        assertPermanentRedirect(this.template::listBuckets);
    }

    @Test
    void getObjectAnsweredNotModifiedIsAnErrorNotAnEmptyObject() {
        this.server.stubFor(
                get(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withStatus(304).withHeader("ETag", "\"e\"")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.getObject("bucket", "key").close())
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(304);
                assertThat(ex.code()).isEqualTo("NotModified");
            });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientsAskedToFollowRedirects")
    void noClientTheTemplateBuildsFollowsARedirect(String client, MinioTemplateBuilder builder) {
        answerEverything(temporaryRedirect().withHeader("Location", this.server.baseUrl() + ELSEWHERE));
        this.server.stubFor(any(urlPathEqualTo(ELSEWHERE)).willReturn(aResponse().withStatus(200).withBody("moved")));
        MinioTemplate template = builder.endpoint(this.server.baseUrl())
            .credentials("AK", "SK")
            .region("us-east-1")
            .retryPolicy(RetryPolicy.none())
            .build();
        assertTemporaryRedirect(() -> template.getObject("bucket", "key").close());
        assertTemporaryRedirect(() -> template.forHealthCheck(Duration.ofSeconds(5)).statObject("bucket", "key"));
        assertTemporaryRedirect(() -> template
            .listenBucketNotification("bucket", null, null, List.of(NotificationEvents.OBJECT_CREATED_ALL))
            .close());
        this.server.verify(0, anyRequestedFor(urlPathEqualTo(ELSEWHERE)));
    }

    static Stream<Arguments> clientsAskedToFollowRedirects() {
        HttpClientSettings follow = HttpClientSettings.defaults().withRedirects(HttpRedirects.FOLLOW);
        return Stream.of(Arguments.of("default", MinioTemplate.builder()),
                Arguments.of("httpComponents",
                        MinioTemplate.builder()
                            .requestFactoryBuilder(ClientHttpRequestFactoryBuilder.httpComponents())
                            .httpClientSettings(follow)),
                Arguments.of("jdk",
                        MinioTemplate.builder()
                            .requestFactoryBuilder(ClientHttpRequestFactoryBuilder.jdk())
                            .httpClientSettings(follow)),
                Arguments.of("simple",
                        MinioTemplate.builder()
                            .requestFactoryBuilder(ClientHttpRequestFactoryBuilder.simple())
                            .httpClientSettings(follow)),
                Arguments.of("HttpComponentsClients",
                        MinioTemplate.builder().requestFactory(HttpComponentsClients.requestFactory())),
                Arguments.of("JdkHttpClientExecutor",
                        MinioTemplate.builder().requestFactory(JdkHttpClientExecutor.requestFactory())));
    }

    private void answerEverything(ResponseDefinitionBuilder response) {
        this.server.stubFor(any(anyUrl()).willReturn(response));
    }

    private static ResponseDefinitionBuilder permanentRedirect() {
        return aResponse().withStatus(301)
            .withHeader("Content-Type", "application/xml")
            .withHeader("x-amz-bucket-region", "eu-central-1")
            .withBody(PERMANENT_REDIRECT);
    }

    private static ResponseDefinitionBuilder temporaryRedirect() {
        return aResponse().withStatus(307)
            .withHeader("Content-Type", "application/xml")
            .withHeader("Location", "http://127.0.0.1:9/bucket/key")
            .withBody(TEMPORARY_REDIRECT);
    }

    private static void assertTemporaryRedirect(Executable call) {
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(call::execute)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("TemporaryRedirect"));
    }

    private static void assertPermanentRedirect(Executable call) {
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(call::execute).satisfies((ex) -> {
            assertThat(ex.statusCode()).isEqualTo(301);
            assertThat(ex.code()).isEqualTo("PermanentRedirect");
            assertThat(ex.requestId()).isEqualTo("REQ1");
            assertThat(ex.getMessage()).contains("endpoint bucket.s3.eu-central-1.amazonaws.com")
                .contains("region eu-central-1");
        });
    }

}
