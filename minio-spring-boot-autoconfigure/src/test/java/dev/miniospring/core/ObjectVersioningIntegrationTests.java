package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.bucket.VersioningStatus;
import dev.miniospring.object.DeleteObject;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ListObjectVersionsRequest;
import dev.miniospring.object.ObjectVersion;
import dev.miniospring.object.ObjectVersionsPage;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.HttpClientSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Bucket versioning, version listings and version removal on a server that keeps versions
 * (Ceph RGW; S3Proxy has no versioning).
 */
@CephRgwTest
class ObjectVersioningIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.template = S3ServerExtension.templateBuilder(server)
            .httpClientSettings(
                    HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60)))
            .build();
        this.bucket = UniqueBucketNames.unique("versions");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void versioningStatusReadsBackFromNeverEnabledToEnabledToSuspended() {
        assertThat(this.template.getBucketVersioning(this.bucket)).isEqualTo(VersioningStatus.OFF);
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        assertThat(this.template.getBucketVersioning(this.bucket)).isEqualTo(VersioningStatus.ENABLED);
        this.template.setBucketVersioning(this.bucket, VersioningStatus.SUSPENDED);
        assertThat(this.template.getBucketVersioning(this.bucket)).isEqualTo(VersioningStatus.SUSPENDED);
    }

    @Test
    void twoPutsListTwoVersionsTheNewerLatest() {
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        String first = put("doc.txt", "first");
        String second = put("doc.txt", "second!");
        List<ObjectVersion> versions = this.template.listObjectVersions(this.bucket, null, true).toList();
        assertThat(versions).extracting(ObjectVersion::versionId).containsExactly(second, first);
        assertThat(versions).extracting(ObjectVersion::isLatest).containsExactly(true, false);
        assertThat(versions).extracting(ObjectVersion::size).containsExactly(7L, 5L);
        assertThat(versions).allSatisfy((version) -> {
            assertThat(version.name()).isEqualTo("doc.txt");
            assertThat(version.isDeleteMarker()).isFalse();
            assertThat(version.etag()).hasSize(32).doesNotContain("\"");
            assertThat(version.lastModified()).isNotNull();
        });
    }

    @Test
    void deleteWithoutVersionAddsADeleteMarkerAndHidesTheKey() {
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        String kept = put("doc.txt", "kept");
        this.template.removeObject(this.bucket, "doc.txt");
        List<ObjectVersion> versions = this.template.listObjectVersions(this.bucket, "doc", true).toList();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).isDeleteMarker()).isTrue();
        assertThat(versions.get(0).isLatest()).isTrue();
        assertThat(versions.get(0).size()).isZero();
        assertThat(versions.get(1).versionId()).isEqualTo(kept);
        assertThat(versions.get(1).isLatest()).isFalse();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.statObject(this.bucket, "doc.txt"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NoSuchKey"));
    }

    @Test
    void theOlderVersionStaysReadableByIdBehindANewerVersionAndADeleteMarker() throws Exception {
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        String older = put("doc.txt", "older");
        String newer = put("doc.txt", "newer!");
        assertThat(newer).isNotEqualTo(older);
        GetObjectOptions olderVersion = GetObjectOptions.none().withVersionId(older);
        assertThat(readDoc(GetObjectOptions.none())).isEqualTo("newer!");
        assertThat(readDoc(olderVersion)).isEqualTo("older");
        StatObjectResponse stat = this.template.statObject(this.bucket, "doc.txt",
                StatObjectOptions.none().withVersionId(older));
        assertThat(stat.versionId()).isEqualTo(older);
        assertThat(stat.size()).isEqualTo(5);
        this.template.removeObject(this.bucket, "doc.txt");
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(() -> readDoc(GetObjectOptions.none()))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NoSuchKey"));
        assertThat(readDoc(olderVersion)).isEqualTo("older");
        String url = this.template.presignedGetObject(this.bucket, "doc.txt", Duration.ofMinutes(5), olderVersion);
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("older");
    }

    @Test
    void removeObjectsWithAVersionIdRemovesOnlyThatVersion() {
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        String first = put("doc.txt", "first");
        String second = put("doc.txt", "second");
        assertThat(this.template.removeObjects(this.bucket, List.of(DeleteObject.version("doc.txt", first)), false))
            .isEmpty();
        assertThat(this.template.listObjectVersions(this.bucket, null, true)).extracting(ObjectVersion::versionId)
            .containsExactly(second);
        assertThat(this.template.statObject(this.bucket, "doc.txt").size()).isEqualTo(6);
    }

    @Test
    void removingTheDeleteMarkerByVersionIdRestoresTheKey() {
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        put("doc.txt", "restored");
        this.template.removeObjects(this.bucket, List.of(DeleteObject.of("doc.txt")), false).toList();
        ObjectVersion marker = this.template.listObjectVersions(this.bucket, null, true).findFirst().orElseThrow();
        assertThat(marker.isDeleteMarker()).isTrue();
        assertThat(this.template.objectExists(this.bucket, "doc.txt")).isFalse();
        assertThat(this.template.removeObjects(this.bucket,
                List.of(DeleteObject.version("doc.txt", marker.versionId())), false))
            .isEmpty();
        assertThat(this.template.statObject(this.bucket, "doc.txt").size()).isEqualTo(8);
        assertThat(this.template.listObjectVersions(this.bucket, null, true)).singleElement()
            .satisfies((version) -> assertThat(version.isLatest()).isTrue());
    }

    @Test
    void unversionedObjectsListWithTheNullVersion() {
        put("plain.txt", "plain");
        assertThat(this.template.listObjectVersions(this.bucket, null, true)).singleElement().satisfies((version) -> {
            assertThat(version.versionId()).isEqualTo("null");
            assertThat(version.isLatest()).isTrue();
        });
    }

    @Test
    void prefixAndDelimiterListOneLevelWithDirectories() {
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        put("a/1.txt", "1");
        put("a/b/2.txt", "2");
        put("top.txt", "t");
        assertThat(this.template.listObjectVersions(this.bucket, null, false))
            .extracting(ObjectVersion::name, ObjectVersion::isDir)
            .containsExactlyInAnyOrder(tuple("top.txt", false), tuple("a/", true));
        assertThat(this.template.listObjectVersions(this.bucket, "a/", false)).extracting(ObjectVersion::name)
            .containsExactlyInAnyOrder("a/1.txt", "a/b/");
        assertThat(this.template.listObjectVersions(this.bucket, "a/", true)).extracting(ObjectVersion::name)
            .containsExactly("a/1.txt", "a/b/2.txt");
    }

    @Test
    void oddKeysAreDecoded() {
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        List<String> keys = List.of("dir/a b+c%d.txt", "dir/zoë & co?.txt");
        keys.forEach((key) -> put(key, "x"));
        assertThat(this.template.listObjectVersions(this.bucket, "dir/", true)).extracting(ObjectVersion::name)
            .containsExactlyElementsOf(keys);
        assertThat(this.template.listObjectVersions(this.bucket, null, false)).extracting(ObjectVersion::name)
            .containsExactly("dir/");
    }

    @Test
    void pagesOfTwoGoOnFromKeyAndVersionMarkers() {
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        List<String> expected = new ArrayList<>();
        for (String key : List.of("k a", "k+b", "kc")) {
            String older = put(key, "1");
            expected.add(key + "@" + put(key, "2"));
            expected.add(key + "@" + older);
        }
        ListObjectVersionsRequest request = ListObjectVersionsRequest.of(null, true).withMaxKeys(2);
        ObjectVersionsPage page = this.template.listObjectVersionsPage(this.bucket, request);
        List<String> listed = new ArrayList<>(names(page));
        int pages = 1;
        while (page.isTruncated()) {
            request = request.after(page);
            page = this.template.listObjectVersionsPage(this.bucket, request);
            listed.addAll(names(page));
            pages++;
        }
        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }

    private static List<String> names(ObjectVersionsPage page) {
        return page.versions().stream().map((version) -> version.name() + "@" + version.versionId()).toList();
    }

    private String readDoc(GetObjectOptions options) throws IOException {
        try (GetObjectResponse response = this.template.getObject(this.bucket, "doc.txt", options)) {
            return new String(response.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String put(String key, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return this.template.putObject(this.bucket, key, new ByteArrayInputStream(bytes), bytes.length).versionId();
    }

}
