package dev.miniospring.object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * CopyObject with metadata directives and copy conditions against a real S3 server
 * (S3Proxy; Ceph RGW too with -Pceph).
 */
@S3ServerTest
class CopyObjectIntegrationTests {

    private static final Duration DAY = Duration.ofDays(1);

    private S3TestServer server;

    private MinioTemplate template;

    private String bucket;

    private StatObjectResponse source;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.template = S3ServerExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("copy");
        this.template.makeBucket(this.bucket);
        byte[] content = "copy me".getBytes(StandardCharsets.UTF_8);
        this.template.putObject(this.bucket, "src/odd key+ü.txt", new ByteArrayInputStream(content), content.length,
                "text/plain", Map.of("origin", "source", "note", "naïve"));
        this.source = this.template.statObject(this.bucket, "src/odd key+ü.txt");
    }

    @Test
    void copyKeepsContentAndMetadataToAnotherBucket() throws IOException {
        String target = UniqueBucketNames.unique("copytarget");
        this.template.makeBucket(target);
        ObjectWriteResponse copy = this.template.copyObject(target, "copied", "/" + this.bucket + "/src/odd key+ü.txt");
        assertThat(copy.etag()).isEqualTo(this.source.etag());
        StatObjectResponse stat = this.template.statObject(target, "copied");
        assertThat(stat.userMetadata()).isEqualTo(Map.of("origin", "source", "note", "naïve"));
        assertThat(stat.contentType()).isEqualTo("text/plain");
        try (GetObjectResponse object = this.template.getObject(target, "copied")) {
            assertThat(object.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("copy me");
        }
    }

    @Test
    void copyWithMetadataReplacesItAndKeepsTheContentType() {
        this.template.copyObject(this.bucket, "replaced", this.bucket + "/src/odd key+ü.txt", null,
                Map.of("fresh", "new välue"));
        StatObjectResponse stat = this.template.statObject(this.bucket, "replaced");
        assertThat(stat.userMetadata()).isEqualTo(Map.of("fresh", "new välue"));
        assertThat(stat.contentType()).isEqualTo("text/plain");
    }

    @Test
    void matchETag() {
        assumeCopyConditionsAreHonoured();
        assertCopies(CopyConditions.none().withMatchETag(this.source.etag()));
        assertCopies(CopyConditions.none().withMatchETag("\"" + this.source.etag() + "\""));
        assertPreconditionFails(CopyConditions.none().withMatchETag("0123456789abcdef0123456789abcdef"));
    }

    @Test
    void matchETagExcept() {
        assumeCopyConditionsAreHonoured();
        assertCopies(CopyConditions.none().withMatchETagExcept("0123456789abcdef0123456789abcdef"));
        assertPreconditionFails(CopyConditions.none().withMatchETagExcept(this.source.etag()));
    }

    @Test
    void modifiedSince() {
        assumeCopyConditionsAreHonoured();
        assertCopies(CopyConditions.none().withModifiedSince(this.source.lastModified().minus(DAY)));
        assertPreconditionFails(CopyConditions.none().withModifiedSince(Instant.now().plus(DAY)));
    }

    @Test
    void unmodifiedSince() {
        assumeCopyConditionsAreHonoured();
        assertCopies(CopyConditions.none().withUnmodifiedSince(Instant.now().plus(DAY)));
        assertPreconditionFails(CopyConditions.none().withUnmodifiedSince(this.source.lastModified().minus(DAY)));
    }

    @Test
    void combinedConditions() {
        assumeCopyConditionsAreHonoured();
        assertCopies(
                CopyConditions.none().withMatchETag(this.source.etag()).withUnmodifiedSince(Instant.now().plus(DAY)));
        assertPreconditionFails(
                CopyConditions.none().withMatchETag(this.source.etag()).withModifiedSince(Instant.now().plus(DAY)));
    }

    @Test
    void missingSourceFailsWithNoSuchKey() {
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.copyObject(this.bucket, "target", this.bucket + "/missing"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NoSuchKey"));
    }

    private void assumeCopyConditionsAreHonoured() {
        ServerQuirks.assumeNotCephRgw(this.server,
                "it ignores x-amz-copy-source-if-* and copies anyway (it reads non-standard x-amz-copy-if-* names)");
    }

    private void assertCopies(CopyConditions conditions) {
        this.template.removeObject(this.bucket, "target");
        this.template.copyObject(this.bucket, "target", this.bucket + "/src/odd key+ü.txt", conditions, null);
        assertThat(this.template.statObject(this.bucket, "target").size()).isEqualTo(7);
    }

    private void assertPreconditionFails(CopyConditions conditions) {
        this.template.removeObject(this.bucket, "target");
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.copyObject(this.bucket, "target", this.bucket + "/src/odd key+ü.txt",
                    conditions, null))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("PreconditionFailed");
                assertThat(ex.statusCode()).isEqualTo(412);
            });
        assertThat(this.template.objectExists(this.bucket, "target")).isFalse();
    }

}
