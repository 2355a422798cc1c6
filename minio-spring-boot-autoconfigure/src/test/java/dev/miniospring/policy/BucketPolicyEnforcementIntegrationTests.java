package dev.miniospring.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Canned bucket policies are enforced for anonymous clients by a server that implements
 * them (Ceph RGW; S3Proxy stores no policy).
 */
@CephRgwTest
class BucketPolicyEnforcementIntegrationTests {

    private MinioTemplate owner;

    private MinioTemplate anonymous;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.owner = S3ServerExtension.templateBuilder(server).build();
        this.anonymous = MinioTemplate.builder()
            .endpoint(server.endpoint().toString())
            .region(CephRgwServer.REGION)
            .build();
        this.bucket = UniqueBucketNames.unique("policy");
        this.owner.makeBucket(this.bucket);
        put(this.owner, "public/a.txt", "public");
        put(this.owner, "private/b.txt", "private");
    }

    @Test
    void readOnlyPrefixIsReadableAnonymouslyAndNothingElse() throws IOException {
        assertAccessDenied(() -> read(this.anonymous, "public/a.txt"));
        this.owner.setBucketPolicy(this.bucket, "public/", Policy.READ_ONLY);
        assertThat(this.owner.getBucketPolicy(this.bucket, "public/")).isEqualTo(Policy.READ_ONLY);
        assertThat(read(this.anonymous, "public/a.txt")).isEqualTo("public");
        assertAccessDenied(() -> read(this.anonymous, "private/b.txt"));
        assertAccessDenied(() -> put(this.anonymous, "public/c.txt", "anonymous"));
        assertThat(this.owner.objectExists(this.bucket, "public/c.txt")).isFalse();
    }

    @Test
    void writeOnlyPrefixTakesAnonymousUploadsButDoesNotServeThem() throws IOException {
        this.owner.setBucketPolicy(this.bucket, "drop/", Policy.WRITE_ONLY);
        put(this.anonymous, "drop/upload.txt", "dropped");
        assertThat(read(this.owner, "drop/upload.txt")).isEqualTo("dropped");
        assertAccessDenied(() -> read(this.anonymous, "drop/upload.txt"));
        assertAccessDenied(() -> put(this.anonymous, "public/upload.txt", "elsewhere"));
    }

    @Test
    void deletedPolicyGrantsNothingAnyMore() {
        this.owner.setBucketPolicy(this.bucket, "public/", Policy.READ_ONLY);
        this.owner.deleteBucketPolicy(this.bucket);
        assertThat(this.owner.getBucketPolicyJson(this.bucket)).isEmpty();
        assertThat(this.owner.getBucketPolicy(this.bucket, "public/")).isEqualTo(Policy.NONE);
        assertAccessDenied(() -> read(this.anonymous, "public/a.txt"));
    }

    private void put(MinioTemplate template, String key, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        template.putObject(this.bucket, key, new ByteArrayInputStream(bytes), bytes.length);
    }

    private String read(MinioTemplate template, String key) throws IOException {
        try (GetObjectResponse object = template.getObject(this.bucket, key)) {
            return new String(object.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertAccessDenied(ThrowingCallable operation) {
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(operation).satisfies((ex) -> {
            assertThat(ex.statusCode()).isEqualTo(403);
            assertThat(ex.code()).isEqualTo("AccessDenied");
        });
    }

}
