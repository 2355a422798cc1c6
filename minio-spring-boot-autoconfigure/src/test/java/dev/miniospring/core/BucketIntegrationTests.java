package dev.miniospring.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.bucket.Bucket;
import dev.miniospring.http.AddressingStyle;
import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.transport.SigningClientHttpRequestFactory;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bucket operations against a real, signature-verifying S3 server (S3Proxy; Ceph RGW too
 * with -Pceph).
 */
@S3ServerTest
class BucketIntegrationTests {

    private S3TestServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.template = templateWith(server.accessKey(), server.secretKey());
    }

    private MinioTemplate templateWith(String accessKey, String secretKey) {
        return MinioTemplate.builder()
            .endpoint(this.server.endpoint().toString())
            .credentials(accessKey, secretKey)
            .build();
    }

    @Test
    void bucketLifecycle() {
        String bucket = UniqueBucketNames.unique("lifecycle");
        assertThat(this.template.bucketExists(bucket)).isFalse();
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        this.template.makeBucket(bucket);
        assertThat(this.template.bucketExists(bucket)).isTrue();
        assertThat(this.template.listBuckets()).filteredOn((listed) -> listed.name().equals(bucket))
            .singleElement()
            .satisfies((listed) -> assertThat(listed.creationDate()).isAfter(before));
        this.template.removeBucket(bucket);
        assertThat(this.template.bucketExists(bucket)).isFalse();
        assertThat(this.template.listBuckets()).extracting(Bucket::name).doesNotContain(bucket);
    }

    @Test
    void makeBucketWithLocationConstraint() {
        ServerQuirks.assumeNotCephRgw(this.server,
                "it accepts only its zonegroup's API name (us-east-1): eu-west-1 is 400 InvalidLocationConstraint");
        String bucket = UniqueBucketNames.unique("located");
        this.template.makeBucket(bucket, "eu-west-1");
        assertThat(this.template.bucketExists(bucket)).isTrue();
        this.template.removeBucket(bucket);
    }

    @Test
    void makeExistingBucketFailsWithBucketAlreadyOwnedByYou() {
        ServerQuirks.assumeNotCephRgw(this.server, "creating a bucket you already own answers 200");
        String bucket = UniqueBucketNames.unique("twice");
        this.template.makeBucket(bucket);
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(() -> this.template.makeBucket(bucket))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("BucketAlreadyOwnedByYou");
                assertThat(ex.statusCode()).isEqualTo(409);
                assertThat(ex.bucket()).isEqualTo(bucket);
            });
    }

    @Test
    void removeNonEmptyBucketFailsWithBucketNotEmpty() {
        String bucket = UniqueBucketNames.unique("notempty");
        this.template.makeBucket(bucket);
        putObject(bucket, "dir/file.txt", "hello");
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.removeBucket(bucket))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("BucketNotEmpty"));
        assertThat(this.template.bucketExists(bucket)).isTrue();
    }

    @Test
    void removeMissingBucketFailsWithNoSuchBucket() {
        String bucket = UniqueBucketNames.unique("missing");
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.removeBucket(bucket))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("NoSuchBucket");
                assertThat(ex.statusCode()).isEqualTo(404);
            });
    }

    @Test
    void wrongSecretFailsWithSignatureDoesNotMatch() {
        MinioTemplate wrongSecret = templateWith(this.server.accessKey(), "not-the-secret");
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(wrongSecret::listBuckets)
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("SignatureDoesNotMatch");
                assertThat(ex.statusCode()).isEqualTo(403);
                assertThat(ex.getMessage()).doesNotContain("not-the-secret");
            });
    }

    @Test
    void unknownAccessKeyFailsWithInvalidAccessKeyId() {
        MinioTemplate unknownKey = templateWith("nobody", this.server.secretKey());
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(unknownKey::listBuckets)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("InvalidAccessKeyId"));
    }

    @Test
    void anonymousClientIsDenied() {
        ServerQuirks.assumeNotCephRgw(this.server, "an anonymous ListBuckets answers 200 with an empty list");
        MinioTemplate anonymous = MinioTemplate.builder().endpoint(this.server.endpoint().toString()).build();
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(anonymous::listBuckets)
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("AccessDenied");
                assertThat(ex.statusCode()).isEqualTo(403);
            });
    }

    @Test
    void anonymousHeadOfPrivateBucketIsDeniedNotMissing() {
        String bucket = UniqueBucketNames.unique("private");
        this.template.makeBucket(bucket);
        MinioTemplate anonymous = MinioTemplate.builder().endpoint(this.server.endpoint().toString()).build();
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(() -> anonymous.bucketExists(bucket))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("AccessDenied"));
    }

    private void putObject(String bucket, String key, String content) {
        MinioCredentials credentials = new MinioCredentials(this.server.accessKey(), this.server.secretKey());
        RestClient restClient = RestClient.builder()
            .requestFactory(new SigningClientHttpRequestFactory(new JdkClientHttpRequestFactory(),
                    new AwsV4RequestSigner(), credentials))
            .build();
        S3Transport transport = new S3Transport(restClient,
                S3Endpoint.of(this.server.endpoint().toString(), AddressingStyle.PATH), "us-east-1");
        transport.execute(S3Request.builder(HttpMethod.PUT)
            .bucket(bucket)
            .key(key)
            .payload(RequestPayload.of(content.getBytes(StandardCharsets.UTF_8)))
            .build());
    }

}
