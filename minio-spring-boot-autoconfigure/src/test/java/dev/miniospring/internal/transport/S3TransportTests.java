package dev.miniospring.internal.transport;

import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Request shapes and error decoding of the bucket operations, observed on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class S3TransportTests {

    private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=AK/\\d{8}/%s/s3/aws4_request, "
            + "SignedHeaders=%s, Signature=[0-9a-f]{64}";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.template = MinioTemplate.builder().endpoint(this.server.baseUrl()).credentials("AK", "SK").build();
    }

    @Test
    void makeBucketInDefaultRegionSendsEmptySignedPut() {
        this.server.stubFor(put("/photos").willReturn(aResponse().withStatus(200)));
        this.template.makeBucket("photos");
        this.server.verify(putRequestedFor(urlEqualTo("/photos"))
            .withHeader("Authorization",
                    matching(SIGNED.formatted("us-east-1", "host;x-amz-content-sha256;x-amz-date")))
            .withHeader("x-amz-content-sha256",
                    equalTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
            .withHeader("x-amz-date", matching("\\d{8}T\\d{6}Z")));
        assertThat(this.server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void makeBucketInRegionSendsLocationConstraintSignedForThatRegion() {
        this.server.stubFor(put("/photos").willReturn(aResponse().withStatus(200)));
        this.template.makeBucket("photos", "eu-west-1");
        this.server.verify(putRequestedFor(urlEqualTo("/photos"))
            .withHeader("Authorization", matching(".*/eu-west-1/s3/aws4_request, SignedHeaders=content-type;.*"))
            .withHeader("Content-Type", equalTo("application/xml"))
            .withRequestBody(equalToXml("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>")));
    }

    @Test
    void discoversBucketRegionOnceAndSignsWithIt() {
        this.server.stubFor(get("/photos?location").willReturn(aResponse().withStatus(200)
            .withBody("<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">ap-northeast-1"
                    + "</LocationConstraint>")));
        this.server.stubFor(head(urlEqualTo("/photos")).willReturn(aResponse().withStatus(200)));
        assertThat(this.template.bucketExists("photos")).isTrue();
        assertThat(this.template.bucketExists("photos")).isTrue();
        this.server.verify(1, getRequestedFor(urlEqualTo("/photos?location")).withHeader("Authorization",
                matching(".*/us-east-1/s3/aws4_request.*")));
        this.server.verify(2, headRequestedFor(urlEqualTo("/photos")).withHeader("Authorization",
                matching(".*/ap-northeast-1/s3/aws4_request.*")));
    }

    @Test
    void evictsCachedRegionOnNoSuchBucket() {
        this.server.stubFor(get("/photos?location")
            .willReturn(aResponse().withStatus(200).withBody("<LocationConstraint>EU</LocationConstraint>")));
        this.server.stubFor(delete("/photos").willReturn(aResponse().withStatus(404)
            .withBody("<Error><Code>NoSuchBucket</Code><Message>gone</Message></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.removeBucket("photos"));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.removeBucket("photos"));
        this.server.verify(2, getRequestedFor(urlEqualTo("/photos?location")));
        this.server.verify(2, deleteRequestedFor(urlEqualTo("/photos")).withHeader("Authorization",
                matching(".*/eu-west-1/s3/aws4_request.*")));
    }

    @Test
    void decodesXmlErrorBodyWithAllFields() {
        this.server.stubFor(get("/").willReturn(aResponse().withStatus(503)
            .withHeader("Content-Type", "application/xml")
            .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
                    + "<Message>Please reduce your request rate.</Message><Resource>/</Resource>"
                    + "<RequestId>REQ123</RequestId><HostId>HOST456</HostId></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(this.template::listBuckets)
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(503);
                assertThat(ex.code()).isEqualTo("SlowDown");
                assertThat(ex.errorMessage()).isEqualTo("Please reduce your request rate.");
                assertThat(ex.resource()).isEqualTo("/");
                assertThat(ex.requestId()).isEqualTo("REQ123");
                assertThat(ex.hostId()).isEqualTo("HOST456");
                assertThat(ex.getMessage()).contains("SlowDown (HTTP 503): Please reduce your request rate.")
                    .contains("requestId=REQ123");
            });
    }

    @Test
    void derivesCodesForBodilessHeadResponses() {
        MinioTemplate regional = WireMockExtension.templateBuilder(this.server).build();
        this.server.stubFor(head(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404)));
        this.server.stubFor(head(urlEqualTo("/forbidden")).willReturn(aResponse().withStatus(403)));
        assertThat(regional.bucketExists("missing")).isFalse();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> regional.bucketExists("forbidden"))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("AccessDenied");
                assertThat(ex.bucket()).isEqualTo("forbidden");
            });
        this.server.verify(0, getRequestedFor(urlEqualTo("/missing?location")));
    }

    @Test
    void reportsNonS3ErrorBodyWithStatusAndStartOfBody() {
        this.server.stubFor(get("/").willReturn(aResponse().withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")));
        assertThatExceptionOfType(MinioInvalidResponseException.class).isThrownBy(this.template::listBuckets)
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(502);
                assertThat(ex.getMessage()).contains("HTTP 502").contains("<title>502 Bad Gateway</title>");
            });
    }

    @Test
    void wrapsConnectionFailureInTransportException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MinioTemplate unreachable = MinioTemplate.builder()
            .endpoint("http://127.0.0.1:" + closedPort)
            .credentials("AK", "SECRET-VALUE")
            .build();
        assertThatExceptionOfType(MinioTransportException.class).isThrownBy(unreachable::listBuckets)
            .satisfies((ex) -> {
                assertThat(ex.getMessage()).startsWith("I/O error on GET http://127.0.0.1:" + closedPort + "/")
                    .doesNotContain("SECRET-VALUE");
                assertThat(ex.getCause()).isInstanceOf(java.io.IOException.class);
            });
    }

    @Test
    void anonymousTemplateNeitherSignsNorDiscoversRegions() {
        MinioTemplate anonymous = MinioTemplate.builder().endpoint(this.server.baseUrl()).build();
        this.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        anonymous.bucketExists("public");
        this.server.verify(anyRequestedFor(anyUrl()).withHeader("Authorization", absent()));
        this.server.verify(0, getRequestedFor(urlEqualTo("/public?location")));
    }

    @Test
    void rejectsInvalidBucketNameBeforeSendingAnything() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.template.makeBucket("Bad_Name"))
            .withMessageContaining("'bucket'");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

}
