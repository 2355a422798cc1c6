package dev.miniospring.core;

import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.bucket.BucketEncryption;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.miniospring.test.ContentMd5Assertions.assertXmlWithContentMd5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Request shapes of the bucket default encryption operations (SSE-S3 and SSE-KMS), the
 * answers S3 sends, bad input and malformed answers, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class BucketEncryptionTests {

    private static final String SSE_KMS_XML = "<ServerSideEncryptionConfiguration"
            + " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule><ApplyServerSideEncryptionByDefault>"
            + "<SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>arn:aws:kms:us-east-1:1234:key/abcd</KMSMasterKeyID>"
            + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>";

    private static final String SSE_S3_XML = "<ServerSideEncryptionConfiguration"
            + " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule><ApplyServerSideEncryptionByDefault>"
            + "<SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule>"
            + "</ServerSideEncryptionConfiguration>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void setBucketEncryptionPutsSseS3AndSseKmsWithContentMd5() {
        this.server.stubFor(put("/photos?encryption").willReturn(aResponse()));
        this.template.setBucketEncryption("photos", BucketEncryption.sseS3());
        this.template.setBucketEncryption("photos", BucketEncryption.sseKms("arn:aws:kms:us-east-1:1234:key/abcd"));
        this.server.verify(putRequestedFor(urlEqualTo("/photos?encryption")).withRequestBody(equalToXml(SSE_S3_XML)));
        this.server.verify(putRequestedFor(urlEqualTo("/photos?encryption")).withRequestBody(equalToXml(SSE_KMS_XML)));
        assertThat(assertXmlWithContentMd5(this.server, putRequestedFor(urlEqualTo("/photos?encryption")))).hasSize(2);
    }

    @Test
    void getBucketEncryptionReadsTheAlgorithmAndKey() {
        this.server.stubFor(get("/sse-kms?encryption").willReturn(aResponse().withBody(SSE_KMS_XML)));
        this.server.stubFor(get("/sse-s3?encryption").willReturn(aResponse().withBody(SSE_S3_XML)));
        assertThat(this.template.getBucketEncryption("sse-kms"))
            .contains(BucketEncryption.sseKms("arn:aws:kms:us-east-1:1234:key/abcd"));
        assertThat(this.template.getBucketEncryption("sse-s3")).contains(BucketEncryption.sseS3());
    }

    @Test
    void aBucketWithoutDefaultEncryptionHasNone() {
        this.server.stubFor(get("/photos?encryption").willReturn(aResponse().withStatus(404)
            .withBody("<Error><Code>ServerSideEncryptionConfigurationNotFoundError</Code>"
                    + "<Message>The server side encryption configuration was not found</Message></Error>")));
        assertThat(this.template.getBucketEncryption("photos")).isEqualTo(Optional.empty());
        this.template.deleteBucketEncryption("photos");
        this.server.verify(0, deleteRequestedFor(urlEqualTo("/photos?encryption")));
    }

    @Test
    void deleteBucketEncryptionReadsFirstAndDeletesWhatIsThere() {
        this.server.stubFor(get("/photos?encryption").willReturn(aResponse().withBody(SSE_S3_XML)));
        this.server.stubFor(delete("/photos?encryption").willReturn(aResponse().withStatus(204)));
        this.template.deleteBucketEncryption("photos");
        this.server.verify(deleteRequestedFor(urlEqualTo("/photos?encryption")));
    }

    @Test
    void deleteBucketEncryptionSendsNoDeleteToAServerIgnoringTheSubResource() {
        this.server.stubFor(get("/photos?encryption").willReturn(aResponse().withBody("<ListBucketResult>"
                + "<Name>photos</Name><Prefix></Prefix><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>"
                + "</ListBucketResult>")));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.deleteBucketEncryption("photos"))
            .withMessageContaining("found <ListBucketResult>");
        this.server.verify(0, deleteRequestedFor(urlEqualTo("/photos?encryption")));
    }

    @Test
    void otherErrorsAreReported() {
        this.server.stubFor(get("/photos?encryption")
            .willReturn(aResponse().withStatus(501).withBody("<Error><Code>NotImplemented</Code></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.getBucketEncryption("photos"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NotImplemented"));
    }

    @Test
    void malformedAnswersAreInvalidResponses() {
        assertInvalid("<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault>"
                + "<SSEAlgorithm>aws:kms:dsse</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule>"
                + "</ServerSideEncryptionConfiguration>", "unknown algorithm 'aws:kms:dsse'");
        assertInvalid(
                "<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault>"
                        + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>",
                "no <SSEAlgorithm>");
        assertInvalid("<ServerSideEncryptionConfiguration><Rule></Rule></ServerSideEncryptionConfiguration>",
                "ApplyServerSideEncryptionByDefault");
        assertInvalid("<ServerSideEncryptionConfiguration></ServerSideEncryptionConfiguration>", "Rule");
        assertInvalid("<html><body>Sign in</body></html>", "ServerSideEncryptionConfiguration");
    }

    @Test
    void badInputIsRefusedBeforeSending() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketEncryption("photos", null))
            .withMessage("'encryption' must not be null");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.setBucketEncryption("photos",
                    new BucketEncryption(BucketEncryption.Algorithm.AES256, "key")))
            .withMessage("'encryption' may have a KMS key id only with SSE-KMS (aws:kms)");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.setBucketEncryption("photos", BucketEncryption.sseKms(" ")))
            .withMessageContaining("'encryption' KMS key id");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.setBucketEncryption("photos", new BucketEncryption(null, null)))
            .withMessage("'encryption' must have an algorithm");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    private void assertInvalid(String body, String message) {
        this.server.stubFor(get("/photos?encryption").willReturn(aResponse().withBody(body)));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.getBucketEncryption("photos"))
            .withMessageContaining(message);
    }

}
