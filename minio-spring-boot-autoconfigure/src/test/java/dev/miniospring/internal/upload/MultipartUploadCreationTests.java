package dev.miniospring.internal.upload;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a retried CreateMultipartUpload, exactly the uploads of the key that the server
 * started since the first attempt (in its own clock) are aborted: not older ones, not the
 * one in use, not those of other keys.
 */
@ExtendWith(WireMockExtension.class)
class MultipartUploadCreationTests {

    private static final int MIB = 1024 * 1024;

    private static final Instant SERVER_NOW = Instant.parse("2030-01-01T12:00:00Z");

    private WireMockServer server;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
    }

    @Test
    void onlyUploadsStartedByEarlierAttemptsAreAborted() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploads")).inScenario("create")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("answered"));
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploads")).inScenario("create")
            .whenScenarioStateIs("answered")
            .willReturn(aResponse().withBody(
                    "<InitiateMultipartUploadResult><UploadId>new</UploadId>" + "</InitiateMultipartUploadResult>")));
        this.server.stubFor(head(urlEqualTo("/bucket")).willReturn(aResponse().withHeader("Date",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(SERVER_NOW.atOffset(ZoneOffset.UTC)))));
        this.server.stubFor(get(urlPathEqualTo("/bucket"))
            .willReturn(aResponse().withBody("<ListMultipartUploadsResult><IsTruncated>false</IsTruncated>"
                    + upload("big", "old", 3600) + upload("big", "lost", 1) + upload("big", "new", 0)
                    + upload("big.other", "other", 1) + "</ListMultipartUploadsResult>")));
        this.server.stubFor(put(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"p\"")));
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploadId=new")).willReturn(aResponse()
            .withBody("<CompleteMultipartUploadResult><ETag>\"all\"</ETag></CompleteMultipartUploadResult>")));
        this.server.stubFor(delete(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withStatus(204)));
        MinioTemplate template = MinioTemplate.builder()
            .endpoint(this.server.baseUrl())
            .credentials("access", "secret")
            .region("us-east-1")
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
            .partSize(5 * MIB)
            .build();
        int size = 5 * MIB + 1;
        assertThat(template.putObject("bucket", "big", new ByteArrayInputStream(new byte[size]), size).etag())
            .isEqualTo("all");
        this.server.verify(1, deleteRequestedFor(urlPathEqualTo("/bucket/big")));
        this.server.verify(1, deleteRequestedFor(urlEqualTo("/bucket/big?uploadId=lost")));
    }

    private static String upload(String key, String uploadId, long secondsBeforeNow) {
        return "<Upload><Key>" + key + "</Key><UploadId>" + uploadId + "</UploadId><Initiated>"
                + SERVER_NOW.minusSeconds(secondsBeforeNow) + "</Initiated></Upload>";
    }

}
