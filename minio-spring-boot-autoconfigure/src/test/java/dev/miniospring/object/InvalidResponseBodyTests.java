package dev.miniospring.object;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A 200 whose body is not the S3 document the operation reads (a proxy's or portal's HTML
 * page, another document) fails with the status and the start of the body, and leaves no
 * multipart upload behind, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class InvalidResponseBodyTests {

    private static final int MIB = 1024 * 1024;

    private static final String HTML = "<html><head><title>Welcome</title></head>"
            + "<body>Sign in to continue</body></html>";

    private static final String INITIATED = "<InitiateMultipartUploadResult><Bucket>bucket</Bucket><Key>big</Key>"
            + "<UploadId>upload-1</UploadId></InitiateMultipartUploadResult>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(this.server)
            .partSize(5 * MIB)
            .retryPolicy(RetryPolicy.none())
            .build();
    }

    @Test
    void completeMultipartUploadAnsweredHtmlFailsAndAbortsTheUpload() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploads")).willReturn(aResponse().withBody(INITIATED)));
        this.server.stubFor(put(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        this.server.stubFor(delete(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withStatus(204)));
        answerHtml(post(urlEqualTo("/bucket/big?uploadId=upload-1")));
        assertInvalidHtml(() -> this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), -1),
                "CompleteMultipartUploadResult");
        this.server.verify(3, putRequestedFor(urlPathEqualTo("/bucket/big")));
        this.server.verify(1,
                deleteRequestedFor(urlPathEqualTo("/bucket/big")).withQueryParam("uploadId", equalTo("upload-1")));
    }

    @Test
    void putObjectAnsweredHtmlWithoutAnETagFails() {
        answerHtml(put(urlEqualTo("/bucket/small")));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.putObject("bucket", "small", new GeneratedInputStream(1000), 1000))
            .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(200))
            .withMessageContaining("PUT /bucket/small (HTTP 200): no ETag header")
            .withMessageContaining("text/html");
    }

    @Test
    void uploadPartAnsweredHtmlWithoutAnETagFailsAndAbortsTheUpload() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploads")).willReturn(aResponse().withBody(INITIATED)));
        answerHtml(put(urlPathEqualTo("/bucket/big")));
        this.server.stubFor(delete(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withStatus(204)));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), -1))
            .withMessageContaining("(HTTP 200): no ETag header");
        this.server.verify(0,
                postRequestedFor(urlPathEqualTo("/bucket/big")).withQueryParam("uploadId", equalTo("upload-1")));
        this.server.verify(1,
                deleteRequestedFor(urlPathEqualTo("/bucket/big")).withQueryParam("uploadId", equalTo("upload-1")));
    }

    @Test
    void createMultipartUploadAnsweredHtmlFailsBeforeAnyPart() {
        answerHtml(post(urlEqualTo("/bucket/first?uploads")));
        assertInvalidHtml(() -> this.template.putObject("bucket", "first", new GeneratedInputStream(11 * MIB), -1),
                "InitiateMultipartUploadResult");
        this.server.verify(0, putRequestedFor(urlPathEqualTo("/bucket/first")));
    }

    @Test
    void listingsAnsweredHtmlFailInsteadOfComingBackEmpty() {
        answerHtml(any(anyUrl()));
        assertInvalidHtml(() -> this.template.listObjectsV2("bucket", null, true).toList(), "ListBucketResult");
        assertInvalidHtml(() -> this.template.listObjects("bucket", null, true).toList(), "ListBucketResult");
        assertInvalidHtml(() -> this.template.listIncompleteUploads("bucket", null, true).toList(),
                "ListMultipartUploadsResult");
        assertInvalidHtml(this.template::listBuckets, "ListAllMyBucketsResult");
    }

    @Test
    void removeObjectsAnsweredHtmlFails() {
        answerHtml(post(urlEqualTo("/bucket?delete")));
        assertInvalidHtml(() -> this.template.removeObjects("bucket", List.of("a", "b")).toList(), "DeleteResult");
    }

    @Test
    void copyObjectAnsweredHtmlFails() {
        this.server.stubFor(head(urlEqualTo("/bucket/source")).willReturn(aResponse().withHeader("ETag", "\"s\"")
            .withHeader("Content-Length", "3")
            .withHeader("Last-Modified", "Mon, 30 Nov 2026 12:00:00 GMT")));
        answerHtml(put(urlEqualTo("/bucket/copy")));
        assertInvalidHtml(() -> this.template.copyObject("bucket", "copy", "bucket/source"), "CopyObjectResult");
    }

    @Test
    void bucketNotificationAnsweredHtmlFails() {
        answerHtml(any(anyUrl()));
        assertInvalidHtml(() -> this.template.getBucketNotification("bucket"), "NotificationConfigurationDocument");
    }

    @Test
    void regionDiscoveryAnsweredHtmlFails() {
        answerHtml(any(anyUrl()));
        MinioTemplate discovering = MinioTemplate.builder()
            .endpoint(this.server.baseUrl())
            .credentials("access", "secret-key")
            .build();
        assertInvalidHtml(() -> discovering.bucketExists("bucket"), "LocationConstraint");
    }

    @Test
    void listingAnsweredAnotherS3DocumentFails() {
        this.server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(INITIATED)));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.listObjectsV2("bucket", null, true).toList())
            .withMessageContaining("expected root element <ListBucketResult>, found <InitiateMultipartUploadResult>");
    }

    private void answerHtml(MappingBuilder request) {
        this.server.stubFor(request.willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(HTML)));
    }

    private static void assertInvalidHtml(Executable call, String document) {
        assertThatExceptionOfType(MinioInvalidResponseException.class).isThrownBy(call::execute).satisfies((ex) -> {
            assertThat(ex.statusCode()).isEqualTo(200);
            assertThat(ex.getMessage()).contains("(HTTP 200)")
                .contains("not a valid " + document + " document")
                .contains("found <html>")
                .contains("<title>Welcome</title>");
        });
    }

}
