package dev.miniospring.core;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Failure paths of object operations that a real server cannot be made to produce on
 * demand, on WireMock and a JDK {@link HttpServer} stub.
 */
@ExtendWith(WireMockExtension.class)
class ObjectTests {

    private static final int MIB = 1024 * 1024;

    private static final String INITIATED = "<InitiateMultipartUploadResult><Bucket>bucket</Bucket><Key>big</Key>"
            + "<UploadId>upload-1</UploadId></InitiateMultipartUploadResult>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = template(this.server.baseUrl());
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploads")).willReturn(aResponse().withBody(INITIATED)));
        this.server.stubFor(put(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        this.server.stubFor(delete(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withStatus(204)));
    }

    private static MinioTemplate template(String endpoint) {
        return MinioTemplate.builder()
            .endpoint(endpoint)
            .credentials("access", "secret-key")
            .region("us-east-1")
            .partSize(5 * MIB)
            .uploadConcurrency(2)
            .build();
    }

    @Test
    void serverErrorMidMultipartAbortsTheUpload() {
        this.server.stubFor(put(urlPathEqualTo("/bucket/big")).withQueryParam("partNumber", equalTo("2"))
            .willReturn(aResponse().withStatus(500)
                .withBody("<Error><Code>InternalError</Code><Message>disk on fire</Message></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("InternalError"));
        this.server.verify(1,
                deleteRequestedFor(urlPathEqualTo("/bucket/big")).withQueryParam("uploadId", equalTo("upload-1")));
        this.server.verify(0, postRequestedFor(urlEqualTo("/bucket/big?uploadId=upload-1")));
    }

    @Test
    void completedUploadWithAnEmptyETagAnswersTheETagOfTheObject() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploadId=upload-1")).willReturn(
                aResponse().withBody("<CompleteMultipartUploadResult><ETag></ETag></CompleteMultipartUploadResult>")));
        this.server.stubFor(head(urlEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"all-3\"")));
        ObjectWriteResponse response = this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB),
                11 * MIB);
        assertThat(response.etag()).isEqualTo("all-3");
        this.server.verify(1, headRequestedFor(urlEqualTo("/bucket/big")));
    }

    @Test
    void completedVersionWithAnEmptyETagAnswersTheETagOfThatVersion() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploadId=upload-1"))
            .willReturn(aResponse().withHeader("x-amz-version-id", "v7")
                .withBody("<CompleteMultipartUploadResult><ETag></ETag></CompleteMultipartUploadResult>")));
        this.server.stubFor(
                head(urlEqualTo("/bucket/big?versionId=v7")).willReturn(aResponse().withHeader("ETag", "\"v7-3\"")));
        ObjectWriteResponse response = this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), -1);
        assertThat(response.etag()).isEqualTo("v7-3");
        assertThat(response.versionId()).isEqualTo("v7");
    }

    @Test
    void completedUploadWhoseObjectHasNoETagIsAnInvalidResponse() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploadId=upload-1")).willReturn(
                aResponse().withBody("<CompleteMultipartUploadResult><ETag></ETag></CompleteMultipartUploadResult>")));
        this.server.stubFor(head(urlEqualTo("/bucket/big")).willReturn(aResponse()));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB))
            .withMessageContaining("no ETag header");
        this.server.verify(0, deleteRequestedFor(urlPathEqualTo("/bucket/big")));
    }

    @Test
    void completeAnsweringErrorWithStatus200AbortsTheUpload() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploadId=upload-1")).willReturn(aResponse()
            .withBody("<Error><Code>InternalError</Code><Message>We encountered an internal error</Message></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), -1))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("InternalError"));
        this.server.verify(3, putRequestedFor(urlPathEqualTo("/bucket/big")));
        this.server.verify(1,
                deleteRequestedFor(urlPathEqualTo("/bucket/big")).withQueryParam("uploadId", equalTo("upload-1")));
    }

    @Test
    void partsAreCompletedInOrder() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploadId=upload-1")).willReturn(aResponse()
            .withBody("<CompleteMultipartUploadResult><ETag>\"all-3\"</ETag></CompleteMultipartUploadResult>")));
        ObjectWriteResponse response = this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB),
                11 * MIB);
        assertThat(response.etag()).isEqualTo("all-3");
        String body = this.server.findAll(postRequestedFor(urlEqualTo("/bucket/big?uploadId=upload-1")))
            .get(0)
            .getBodyAsString();
        assertThat(body).containsSubsequence("<PartNumber>1</PartNumber>", "<PartNumber>2</PartNumber>",
                "<PartNumber>3</PartNumber>");
    }

    @Test
    void fgetFailingMidwayLeavesNoFile(@TempDir Path directory) throws IOException {
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", (exchange) -> {
            exchange.getResponseHeaders().set("Last-Modified", "Mon, 30 Nov 2026 12:00:00 GMT");
            exchange.sendResponseHeaders(200, 1_000_000);
            OutputStream body = exchange.getResponseBody();
            body.write(new byte[64 * 1024]);
            body.flush();
            exchange.getHttpContext().getServer().stop(0);
        });
        stub.start();
        try {
            MinioTemplate stubbed = template("http://127.0.0.1:" + stub.getAddress().getPort());
            Path target = directory.resolve("download.bin");
            assertThatExceptionOfType(MinioException.class)
                .isThrownBy(() -> stubbed.fgetObject("bucket", "object", target))
                .withMessageContaining("Could not download bucket/object");
            assertThat(directory).isEmptyDirectory();
        }
        finally {
            stub.stop(0);
        }
    }

}
