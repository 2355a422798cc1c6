package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.bucket.ObjectLockConfiguration;
import dev.miniospring.bucket.VersioningStatus;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.DeleteObject;
import dev.miniospring.object.ObjectVersion;
import dev.miniospring.object.RemoveObjectOptions;
import dev.miniospring.object.Retention;
import dev.miniospring.object.RetentionMode;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.HttpClientSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Object lock (default retention, object retention, legal hold) enforced by a server that
 * implements it (Ceph RGW; S3Proxy has no object lock).
 */
@CephRgwTest
class ObjectLockIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.template = S3ServerExtension.templateBuilder(server)
            .httpClientSettings(
                    HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60)))
            .build();
        this.bucket = UniqueBucketNames.unique("locked");
        this.template.makeBucket(this.bucket, CephRgwServer.REGION, true);
    }

    @Test
    void bucketWithObjectLockIsVersionedAndHasNoDefaultRetention() {
        assertThat(this.template.getBucketVersioning(this.bucket)).isEqualTo(VersioningStatus.ENABLED);
        assertThat(this.template.getObjectLockConfiguration(this.bucket))
            .isEqualTo(ObjectLockConfiguration.withoutDefaultRetention());
    }

    @Test
    void defaultRetentionReadsBackEqual() {
        ObjectLockConfiguration days = ObjectLockConfiguration.days(RetentionMode.GOVERNANCE, 3);
        this.template.setObjectLockConfiguration(this.bucket, days);
        assertThat(this.template.getObjectLockConfiguration(this.bucket)).isEqualTo(days);
        ObjectLockConfiguration years = ObjectLockConfiguration.years(RetentionMode.COMPLIANCE, 1);
        this.template.setObjectLockConfiguration(this.bucket, years);
        assertThat(this.template.getObjectLockConfiguration(this.bucket)).isEqualTo(years);
    }

    @Test
    void defaultRetentionProtectsNewVersions() {
        this.template.setObjectLockConfiguration(this.bucket,
                ObjectLockConfiguration.days(RetentionMode.GOVERNANCE, 1));
        String version = put("doc.txt");
        Retention retention = this.template.getObjectRetention(this.bucket, "doc.txt", version).orElseThrow();
        assertThat(retention.mode()).isEqualTo(RetentionMode.GOVERNANCE);
        assertThat(retention.retainUntil()).isBetween(Instant.now().plus(Duration.ofHours(23)),
                Instant.now().plus(Duration.ofHours(25)));
        assertRefused(removeVersion("doc.txt", version, false));
        assertThat(removeVersion("doc.txt", version, true)).isEmpty();
    }

    @Test
    void bucketWithoutObjectLockHasNoConfiguration() {
        String plain = UniqueBucketNames.unique("unlocked");
        this.template.makeBucket(plain);
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.getObjectLockConfiguration(plain))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("ObjectLockConfigurationNotFoundError"));
    }

    @Test
    void legalHoldRefusesRemovalUntilReleased() {
        String version = put("held.txt");
        assertThat(this.template.isObjectLegalHoldEnabled(this.bucket, "held.txt", version)).isFalse();
        this.template.enableObjectLegalHold(this.bucket, "held.txt", version);
        assertThat(this.template.isObjectLegalHoldEnabled(this.bucket, "held.txt", version)).isTrue();
        assertThat(this.template.isObjectLegalHoldEnabled(this.bucket, "held.txt", null)).isTrue();
        assertRefused(removeVersion("held.txt", version, false));
        assertThat(versionIds("held.txt")).containsExactly(version);
        this.template.disableObjectLegalHold(this.bucket, "held.txt", version);
        assertThat(this.template.isObjectLegalHoldEnabled(this.bucket, "held.txt", version)).isFalse();
        assertThat(removeVersion("held.txt", version, false)).isEmpty();
        assertThat(versionIds("held.txt")).isEmpty();
    }

    @Test
    void governanceRetentionRefusesRemovalUnlessBypassed() {
        String version = put("kept.txt");
        assertThat(this.template.getObjectRetention(this.bucket, "kept.txt", version)).isEmpty();
        Retention retention = new Retention(RetentionMode.GOVERNANCE,
                Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS));
        this.template.setObjectRetention(this.bucket, "kept.txt", version, retention, false);
        assertThat(this.template.getObjectRetention(this.bucket, "kept.txt", version)).contains(retention);
        assertRefused(removeVersion("kept.txt", version, false));
        assertThat(versionIds("kept.txt")).containsExactly(version);
        assertThat(removeVersion("kept.txt", version, true)).isEmpty();
        assertThat(versionIds("kept.txt")).isEmpty();
    }

    @Test
    void governanceRetentionIsShortenedOnlyWithBypass() {
        String version = put("short.txt");
        Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        this.template.setObjectRetention(this.bucket, "short.txt", version,
                new Retention(RetentionMode.GOVERNANCE, later), false);
        Retention shorter = new Retention(RetentionMode.GOVERNANCE, later.minus(Duration.ofDays(1)));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.setObjectRetention(this.bucket, "short.txt", version, shorter, false));
        this.template.setObjectRetention(this.bucket, "short.txt", version, shorter, true);
        assertThat(this.template.getObjectRetention(this.bucket, "short.txt", version)).contains(shorter);
        assertThat(removeVersion("short.txt", version, true)).isEmpty();
    }

    @Test
    void complianceRetentionRefusesRemovalEvenWithBypass() {
        String version = put("sealed.txt");
        Retention retention = new Retention(RetentionMode.COMPLIANCE,
                Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS));
        this.template.setObjectRetention(this.bucket, "sealed.txt", version, retention, false);
        assertRefused(removeVersion("sealed.txt", version, true));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.setObjectRetention(this.bucket, "sealed.txt", version,
                    new Retention(RetentionMode.GOVERNANCE, retention.retainUntil()), true));
        assertThat(versionIds("sealed.txt")).containsExactly(version);
    }

    @Test
    void legalHoldRefusesRemoveObjectOfTheVersionUntilReleased() {
        String version = put("held-single.txt");
        this.template.enableObjectLegalHold(this.bucket, "held-single.txt", version);
        assertRemoveObjectRefused("held-single.txt", RemoveObjectOptions.none().withVersionId(version));
        assertThat(versionIds("held-single.txt")).containsExactly(version);
        this.template.disableObjectLegalHold(this.bucket, "held-single.txt", version);
        this.template.removeObject(this.bucket, "held-single.txt", RemoveObjectOptions.none().withVersionId(version));
        assertThat(versionIds("held-single.txt")).isEmpty();
    }

    @Test
    void governanceRetentionRefusesRemoveObjectOfTheVersionUnlessBypassed() {
        String version = put("kept-single.txt");
        this.template.setObjectRetention(this.bucket, "kept-single.txt", version,
                new Retention(RetentionMode.GOVERNANCE,
                        Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS)),
                false);
        RemoveObjectOptions thatVersion = RemoveObjectOptions.none().withVersionId(version);
        assertRemoveObjectRefused("kept-single.txt", thatVersion);
        assertThat(versionIds("kept-single.txt")).containsExactly(version);
        this.template.removeObject(this.bucket, "kept-single.txt", thatVersion.withBypassGovernanceRetention());
        assertThat(versionIds("kept-single.txt")).isEmpty();
    }

    private void assertRemoveObjectRefused(String key, RemoveObjectOptions options) {
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.removeObject(this.bucket, key, options))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("AccessDenied"));
    }

    private static void assertRefused(List<DeleteError> errors) {
        assertThat(errors).singleElement().satisfies((error) -> assertThat(error.code()).isEqualTo("AccessDenied"));
    }

    private List<DeleteError> removeVersion(String key, String version, boolean bypassGovernance) {
        return this.template.removeObjects(this.bucket, List.of(DeleteObject.version(key, version)), bypassGovernance)
            .toList();
    }

    private List<String> versionIds(String key) {
        return this.template.listObjectVersions(this.bucket, key, true).map(ObjectVersion::versionId).toList();
    }

    private String put(String key) {
        byte[] bytes = "locked".getBytes(StandardCharsets.UTF_8);
        return this.template.putObject(this.bucket, key, new ByteArrayInputStream(bytes), bytes.length).versionId();
    }

}
