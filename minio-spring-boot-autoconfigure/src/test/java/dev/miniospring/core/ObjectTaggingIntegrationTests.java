package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.object.Tags;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Object and bucket tags stored, read back and removed by a server that keeps them (Ceph RGW; S3Proxy has no
 * tagging).
 */
@CephRgwTest
class ObjectTaggingIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.template = S3ServerExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("tags");
        this.template.makeBucket(this.bucket);
        byte[] content = "tagged".getBytes(StandardCharsets.UTF_8);
        this.template.putObject(this.bucket, "reports/q1 2026.txt", new ByteArrayInputStream(content),
                content.length);
    }

    @Test
    void objectTagsAreSetReadBackAndDeleted() {
        String key = "reports/q1 2026.txt";
        assertThat(this.template.getObjectTags(this.bucket, key)).isEqualTo(Tags.empty());
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("project", "apollo 11");
        tags.put("owner", "jöns+team@example.com");
        tags.put("empty", "");
        this.template.setObjectTags(this.bucket, key, Tags.forObject(tags));
        assertThat(this.template.getObjectTags(this.bucket, key).get()).isEqualTo(tags);
        this.template.setObjectTags(this.bucket, key, Tags.forObject(Map.of("stage", "final")));
        assertThat(this.template.getObjectTags(this.bucket, key).get()).isEqualTo(Map.of("stage", "final"));
        this.template.deleteObjectTags(this.bucket, key);
        assertThat(this.template.getObjectTags(this.bucket, key)).isEqualTo(Tags.empty());
    }

    @Test
    void aVersionIdAddressesThatVersion() {
        String key = "reports/q1 2026.txt";
        this.template.setObjectTags(this.bucket, key, "null", Tags.forObject(Map.of("version", "null")));
        assertThat(this.template.getObjectTags(this.bucket, key, "null").get()).isEqualTo(Map.of("version", "null"));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.getObjectTags(this.bucket, key, "no-such-version"))
            .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(404));
        this.template.deleteObjectTags(this.bucket, key, "null");
        assertThat(this.template.getObjectTags(this.bucket, key)).isEqualTo(Tags.empty());
    }

    @Test
    void tagsOfAMissingObjectAreNoSuchKey() {
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.getObjectTags(this.bucket, "missing"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NoSuchKey"));
    }

    @Test
    void bucketTagsAreSetReadBackAndDeleted() {
        assertThat(this.template.getBucketTags(this.bucket)).isEqualTo(Tags.empty());
        Tags tags = Tags.forBucket(Map.of("team", "media", "cost-center", "42 / B"));
        this.template.setBucketTags(this.bucket, tags);
        assertThat(this.template.getBucketTags(this.bucket)).isEqualTo(tags);
        this.template.deleteBucketTags(this.bucket);
        assertThat(this.template.getBucketTags(this.bucket)).isEqualTo(Tags.empty());
        this.template.deleteBucketTags(this.bucket);
    }

}
