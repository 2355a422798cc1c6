package dev.miniospring.policy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Request shapes of the bucket policy operations and the responses MinIO and S3 send,
 * observed on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class BucketPolicyTests {

    private static final String NO_SUCH_BUCKET_POLICY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>"
            + "<Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message>"
            + "<BucketName>photos</BucketName><Resource>/photos</Resource><RequestId>1799F0B4C1E6F6B1</RequestId>"
            + "<HostId>dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8</HostId></Error>";

    private static final String PUBLIC_PHOTOS = "{\"Version\":\"2012-10-17\",\"Statement\":["
            + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\"]},\"Action\":[\"s3:GetBucketLocation\"],"
            + "\"Resource\":[\"arn:aws:s3:::photos\"]},"
            + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\"]},\"Action\":[\"s3:ListBucket\"],"
            + "\"Resource\":[\"arn:aws:s3:::photos\"],\"Condition\":{\"StringEquals\":{\"s3:prefix\":[\"public/\"]}}},"
            + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\"]},\"Action\":[\"s3:GetObject\"],"
            + "\"Resource\":[\"arn:aws:s3:::photos/public/*\"]}]}";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).build();
    }

    @Test
    void getBucketPolicyJsonReturnsTheDocumentAsSent() {
        this.server.stubFor(get("/photos?policy").willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(PUBLIC_PHOTOS)));
        assertThat(this.template.getBucketPolicyJson("photos")).isEqualTo(PUBLIC_PHOTOS);
        assertThat(this.template.getBucketPolicy("photos", "public/")).isEqualTo(Policy.READ_ONLY);
        assertThat(this.template.getBucketPolicy("photos", "public/2024/")).isEqualTo(Policy.READ_ONLY);
        assertThat(this.template.getBucketPolicy("photos", null)).isEqualTo(Policy.NONE);
        this.server.verify(4, getRequestedFor(urlEqualTo("/photos?policy")).withHeader("Authorization",
                matching("AWS4-HMAC-SHA256 .*")));
    }

    @Test
    void noSuchBucketPolicyMeansNoPolicy() {
        this.server.stubFor(get("/photos?policy").willReturn(aResponse().withStatus(404)
            .withHeader("Content-Type", "application/xml")
            .withBody(NO_SUCH_BUCKET_POLICY)));
        assertThat(this.template.getBucketPolicyJson("photos")).isEmpty();
        assertThat(this.template.getBucketPolicy("photos", "")).isEqualTo(Policy.NONE);
    }

    @Test
    void setBucketPolicyJsonPutsJson() {
        this.server.stubFor(put("/photos?policy").willReturn(aResponse().withStatus(204)));
        this.template.setBucketPolicyJson("photos", PUBLIC_PHOTOS);
        this.server.verify(
                putRequestedFor(urlEqualTo("/photos?policy")).withHeader("Content-Type", equalTo("application/json"))
                    .withHeader("Authorization", matching(".*SignedHeaders=content-type;host;x-amz-content-sha256;.*"))
                    .withHeader("x-amz-content-sha256", matching("[0-9a-f]{64}"))
                    .withRequestBody(equalTo(PUBLIC_PHOTOS)));
    }

    @Test
    void setBucketPolicyReadsMergesAndPuts() {
        this.server
            .stubFor(get("/photos?policy").willReturn(aResponse().withStatus(404).withBody(NO_SUCH_BUCKET_POLICY)));
        this.server.stubFor(put("/photos?policy").willReturn(aResponse().withStatus(204)));
        this.template.setBucketPolicy("photos", "public/", Policy.READ_ONLY);
        this.server.verify(
                putRequestedFor(urlEqualTo("/photos?policy")).withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(equalToJson(PUBLIC_PHOTOS)));
    }

    @Test
    void setBucketPolicyDeletesThePolicyWhenNothingIsLeft() {
        this.server.stubFor(get("/photos?policy").willReturn(aResponse().withStatus(200).withBody(PUBLIC_PHOTOS)));
        this.server.stubFor(delete("/photos?policy").willReturn(aResponse().withStatus(204)));
        this.template.setBucketPolicy("photos", "public/", Policy.NONE);
        this.server.verify(deleteRequestedFor(urlEqualTo("/photos?policy")));
        this.server.verify(0, putRequestedFor(urlEqualTo("/photos?policy")));
    }

    @Test
    void setBucketPolicyNoneWithoutPolicySendsNothingMore() {
        this.server
            .stubFor(get("/photos?policy").willReturn(aResponse().withStatus(404).withBody(NO_SUCH_BUCKET_POLICY)));
        this.template.setBucketPolicy("photos", "", Policy.NONE);
        assertThat(this.server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void deleteBucketPolicySendsDeleteAndToleratesAMissingPolicy() {
        this.server
            .stubFor(delete("/photos?policy").willReturn(aResponse().withStatus(404).withBody(NO_SUCH_BUCKET_POLICY)));
        this.template.deleteBucketPolicy("photos");
        this.server.verify(deleteRequestedFor(urlEqualTo("/photos?policy")));
    }

    @Test
    void otherErrorsAreReported() {
        this.server.stubFor(get("/photos?policy").willReturn(aResponse().withStatus(403)
            .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.setBucketPolicy("photos", "", Policy.READ_ONLY))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("AccessDenied"));
    }

    @Test
    void anInvalidStoredPolicyIsReportedAsAnInvalidResponse() {
        this.server.stubFor(get("/photos?policy").willReturn(aResponse().withStatus(200).withBody("<html>")));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.getBucketPolicy("photos", ""))
            .withMessageContaining("The stored policy of bucket photos is invalid: 'policy' is not valid JSON");
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.setBucketPolicy("photos", "", Policy.READ_ONLY));
        this.server.verify(0, putRequestedFor(urlEqualTo("/photos?policy")));
    }

    @Test
    void invalidArgumentsAreRefusedBeforeSending() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketPolicyJson("photos", "{oops"))
            .withMessageContaining("'policy' is not valid JSON");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketPolicyJson("photos", ""))
            .withMessageContaining("'policy'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.setBucketPolicy("photos", "a*", Policy.READ_ONLY))
            .withMessageContaining("'prefix'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketPolicy("photos", "", null))
            .withMessageContaining("'policy'");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

}
