package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.object.Conditions;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.RemoveObjectOptions;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the options of put, get, stat, copy, remove and presigned GET do on a real S3
 * server (S3Proxy; Ceph RGW too with -Pceph).
 */
@S3ServerTest
class ObjectOptionsIntegrationTests {

    private static final byte[] CONTENT = "0123456789".getBytes(StandardCharsets.UTF_8);

    private static final String OTHER_ETAG = "0123456789abcdef0123456789abcdef";

    private S3TestServer server;

    private MinioTemplate template;

    private String bucket;

    private StatObjectResponse stored;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.template = S3ServerExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("options");
        this.template.makeBucket(this.bucket);
        PutObjectOptions options = PutObjectOptions.none()
            .withContentType("text/plain")
            .withHeader("Content-Disposition", "attachment; filename=\"digits.txt\"")
            .withMetadata(Map.of("owner", "me"));
        this.template.putObject(this.bucket, "digits", new ByteArrayInputStream(CONTENT), CONTENT.length, options);
        this.stored = this.template.statObject(this.bucket, "digits");
    }

    @Test
    void putOptionsAreStoredWithTheObject() throws IOException {
        assertThat(this.stored.contentType()).isEqualTo("text/plain");
        assertThat(this.stored.userMetadata()).isEqualTo(Map.of("owner", "me"));
        try (GetObjectResponse object = this.template.getObject(this.bucket, "digits", GetObjectOptions.none())) {
            assertThat(object.headers().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"digits.txt\"");
        }
    }

    @Test
    void getReadsTheRangeWhenTheConditionsHold() throws IOException {
        GetObjectOptions options = GetObjectOptions.none()
            .withRange(2, 3)
            .withConditions(Conditions.none().withMatchETag(this.stored.etag()));
        try (GetObjectResponse object = this.template.getObject(this.bucket, "digits", options)) {
            assertThat(object.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("234");
        }
    }

    @Test
    void getAndStatFailWhenAConditionFails() {
        Conditions otherETag = Conditions.none().withMatchETag(OTHER_ETAG);
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(
                () -> this.template.getObject(this.bucket, "digits", GetObjectOptions.none().withConditions(otherETag)))
            .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(412));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.statObject(this.bucket, "digits",
                    StatObjectOptions.none().withConditions(otherETag)))
            .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(412));
    }

    @Test
    void responseOverridesChangeTheResponseHeaders() throws IOException {
        GetObjectOptions options = GetObjectOptions.none()
            .withResponseHeaders(Map.of("response-content-type", "application/x-digits"));
        try (GetObjectResponse object = this.template.getObject(this.bucket, "digits", options)) {
            assertThat(object.headers().getFirst("Content-Type")).isEqualTo("application/x-digits");
        }
    }

    @Test
    void copyReplacesContentTypeAndMetadata() {
        CopyObjectOptions options = CopyObjectOptions.none()
            .withContentType("application/json")
            .withMetadata(Map.of("copied", "yes"));
        this.template.copyObject(this.bucket, "replaced", CopySource.of(this.bucket, "digits"), options);
        StatObjectResponse copy = this.template.statObject(this.bucket, "replaced");
        assertThat(copy.contentType()).isEqualTo("application/json");
        assertThat(copy.userMetadata()).isEqualTo(Map.of("copied", "yes"));
        assertThat(copy.size()).isEqualTo(CONTENT.length);
    }

    @Test
    void presignedGetWithOverridesDownloadsWithThem() throws Exception {
        String url = this.template.presignedGetObject(this.bucket, "digits", Duration.ofMinutes(5),
                GetObjectOptions.none().withResponseHeaders(Map.of("response-content-type", "application/x-digits")));
        HttpResponse<byte[]> response = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(CONTENT);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-digits");
    }

    @Test
    void removeWithBypassOnAnObjectWithoutRetentionRemovesIt() {
        ServerQuirks.assumeNotS3Proxy(this.server, "it answers x-amz-bypass-governance-retention with 501");
        this.template.removeObject(this.bucket, "digits", RemoveObjectOptions.none().withBypassGovernanceRetention());
        assertThat(this.template.objectExists(this.bucket, "digits")).isFalse();
    }

    @Test
    void s3ProxyRefusesTheBypassHeaderItDoesNotImplement() {
        assumeTrue(this.server instanceof S3ProxyServer, "S3Proxy's answer to x-amz-bypass-governance-retention");
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.removeObject(this.bucket, "digits",
                    RemoveObjectOptions.none().withBypassGovernanceRetention()))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NotImplemented"));
        assertThat(this.template.objectExists(this.bucket, "digits")).isTrue();
    }

}
