package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Single-request object operations against a real, signature-verifying S3 server
 * (S3Proxy; Ceph RGW too with -Pceph).
 */
@S3ServerTest
class ObjectIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.template = S3ServerExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("objects");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void putStatGetAndRemove() throws IOException {
        Instant before = Instant.now().minusSeconds(5);
        ObjectWriteResponse put = put("greeting.txt", "hello world", "text/plain");
        assertThat(put.etag()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3").doesNotContain("\"");
        StatObjectResponse stat = this.template.statObject(this.bucket, "greeting.txt");
        assertThat(stat.size()).isEqualTo(11);
        assertThat(stat.etag()).isEqualTo(put.etag());
        assertThat(stat.contentType()).isEqualTo("text/plain");
        assertThat(stat.lastModified()).isAfter(before);
        assertThat(read(this.template.getObject(this.bucket, "greeting.txt"))).isEqualTo("hello world");
        assertThat(this.template.objectExists(this.bucket, "greeting.txt")).isTrue();
        this.template.removeObject(this.bucket, "greeting.txt");
        assertThat(this.template.objectExists(this.bucket, "greeting.txt")).isFalse();
    }

    @Test
    void contentTypeDefaultsToOctetStream() {
        this.template.putObject(this.bucket, "blob", stream("x"), 1);
        assertThat(this.template.statObject(this.bucket, "blob").contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void zeroByteObjectsOfKnownAndUnknownLength() throws IOException {
        this.template.putObject(this.bucket, "empty-known", stream(""), 0);
        this.template.putObject(this.bucket, "empty-unknown", stream(""), -1);
        for (String key : new String[] { "empty-known", "empty-unknown" }) {
            assertThat(this.template.statObject(this.bucket, key).size()).isZero();
            try (GetObjectResponse object = this.template.getObject(this.bucket, key)) {
                assertThat(object.readAllBytes()).isEmpty();
                assertThat(object.stat().size()).isZero();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dir/sub/file.txt", "with space.txt", "a+b=c&d?e#f.txt", "100%25 and %.txt",
            "ünïcødé/東京 🚀.txt", "semi;colon,comma:col@at$dollar", "tilde~(paren)!*'quote'", "dots..in..name" })
    void oddKeysRoundTrip(String key) throws IOException {
        put(key, "content of " + key, null);
        assertThat(this.template.statObject(this.bucket, key).size()).isEqualTo(utf8Length("content of " + key));
        assertThat(read(this.template.getObject(this.bucket, key))).isEqualTo("content of " + key);
        assertThat(this.template.objectExists(this.bucket, key)).isTrue();
        this.template.removeObject(this.bucket, key);
        assertThat(this.template.objectExists(this.bucket, key)).isFalse();
    }

    @Test
    void keyWithTrailingSlashIsAFolderMarker() {
        this.template.putObject(this.bucket, "folder/", stream(""), 0);
        assertThat(this.template.objectExists(this.bucket, "folder/")).isTrue();
        assertThat(this.template.statObject(this.bucket, "folder/").size()).isZero();
        this.template.removeObject(this.bucket, "folder/");
        assertThat(this.template.objectExists(this.bucket, "folder/")).isFalse();
    }

    @Test
    void userMetadataRoundTrip() throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("plain", "value");
        metadata.put("Mixed-Case", "Keeps Its Value");
        metadata.put("spaces", "a value  with   spaces");
        metadata.put("quotes", "say \"hi\" and 'bye'");
        metadata.put("unicode", "Grüße aus 東京 🚀");
        metadata.put("padded", "  leading and trailing  ");
        metadata.put("x-amz-meta-prefixed", "prefix dropped");
        metadata.put("looks-encoded", "=?UTF-8?B?Zm9v?=");
        metadata.put("lines", "first\r\nx-amz-meta-injected: 1\nlast");
        this.template.putObject(this.bucket, "meta", stream("m"), 1, "text/plain", metadata);
        Map<String, String> expected = Map.of("plain", "value", "mixed-case", "Keeps Its Value", "spaces",
                "a value  with   spaces", "quotes", "say \"hi\" and 'bye'", "unicode", "Grüße aus 東京 🚀", "padded",
                "  leading and trailing  ", "prefixed", "prefix dropped", "looks-encoded", "=?UTF-8?B?Zm9v?=", "lines",
                "first\r\nx-amz-meta-injected: 1\nlast");
        assertThat(this.template.statObject(this.bucket, "meta").userMetadata()).isEqualTo(expected);
        try (GetObjectResponse object = this.template.getObject(this.bucket, "meta")) {
            assertThat(object.stat().userMetadata()).isEqualTo(expected);
        }
    }

    @Test
    void rangedReads() throws IOException {
        byte[] content = GeneratedInputStream.bytes(0, 100);
        this.template.putObject(this.bucket, "range", new ByteArrayInputStream(content), 100);
        try (GetObjectResponse object = this.template.getPartialObject(this.bucket, "range", 2, 4)) {
            assertThat(object.readAllBytes()).containsExactly(GeneratedInputStream.bytes(2, 4));
            assertThat(object.contentLength()).isEqualTo(4);
            assertThat(object.stat().size()).isEqualTo(100);
        }
        try (GetObjectResponse object = this.template.getPartialObject(this.bucket, "range", 95)) {
            assertThat(object.readAllBytes()).containsExactly(GeneratedInputStream.bytes(95, 5));
        }
        try (GetObjectResponse object = this.template.getPartialObject(this.bucket, "range", 90, 0)) {
            assertThat(object.readAllBytes()).hasSize(10);
        }
    }

    @Test
    void rangeBeyondTheEndFailsWithInvalidRange() {
        put("short", "0123456789", null);
        for (long offset : new long[] { 10, 1000 }) {
            assertThatExceptionOfType(MinioErrorResponseException.class)
                .isThrownBy(() -> this.template.getPartialObject(this.bucket, "short", offset, 5).close())
                .satisfies((ex) -> {
                    assertThat(ex.statusCode()).isEqualTo(416);
                    assertThat(ex.code()).isEqualTo("InvalidRange");
                });
        }
    }

    @Test
    void getObjectWithRequestHeaders() throws IOException {
        String etag = put("conditional", "data", null).etag();
        try (GetObjectResponse object = this.template.getObject(this.bucket, "conditional",
                Map.of("If-Match", "\"" + etag + "\""))) {
            assertThat(object.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("data");
            assertThat(object.headers().getETag()).contains(etag);
        }
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.getObject(this.bucket, "conditional", Map.of("If-Match", "\"nope\"")))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("PreconditionFailed"));
    }

    @Test
    void missingObjects() {
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.getObject(this.bucket, "missing"))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("NoSuchKey");
                assertThat(ex.statusCode()).isEqualTo(404);
            });
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.statObject(this.bucket, "missing"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NoSuchKey"));
        assertThat(this.template.objectExists(this.bucket, "missing")).isFalse();
        this.template.removeObject(this.bucket, "missing");
    }

    @Test
    void objectExistsThrowsOtherErrors(S3TestServer server) {
        put("private", "secret", null);
        MinioTemplate anonymous = MinioTemplate.builder().endpoint(server.endpoint().toString()).build();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> anonymous.objectExists(this.bucket, "private"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("AccessDenied"));
    }

    @Test
    void fputGuessesContentTypeAndFgetWritesTheFile(@TempDir Path directory) throws IOException {
        Path source = Files.writeString(directory.resolve("report.json"), "{\"a\":1}");
        ObjectWriteResponse put = this.template.fputObject(this.bucket, "reports/report.json", source);
        assertThat(this.template.statObject(this.bucket, "reports/report.json").contentType())
            .isEqualTo("application/json");
        Path target = directory.resolve("out/nested/copy.json");
        StatObjectResponse stat = this.template.fgetObject(this.bucket, "reports/report.json", target);
        assertThat(target).hasContent("{\"a\":1}");
        assertThat(stat.etag()).isEqualTo(put.etag());
        assertThat(stat.size()).isEqualTo(7);
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void fputWithExplicitContentTypeAndMetadata(@TempDir Path directory) throws IOException {
        Path source = Files.writeString(directory.resolve("data.bin"), "abc");
        this.template.fputObject(this.bucket, "data", source, "text/csv", Map.of("origin", "fput"));
        StatObjectResponse stat = this.template.statObject(this.bucket, "data");
        assertThat(stat.contentType()).isEqualTo("text/csv");
        assertThat(stat.userMetadata()).containsEntry("origin", "fput");
    }

    @Test
    void fgetReplacesAnExistingFileAndLeavesNothingOnFailure(@TempDir Path directory) throws IOException {
        put("file", "new content", null);
        Path target = Files.writeString(directory.resolve("file.txt"), "old");
        this.template.fgetObject(this.bucket, "file", target);
        assertThat(target).hasContent("new content");
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.fgetObject(this.bucket, "missing", directory.resolve("missing.txt")));
        assertThat(Files.list(directory)).containsExactly(target);
    }

    @Test
    void shortStreamOfKnownLengthStoresNothing() {
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> this.template.putObject(this.bucket, "short", stream("only this"), 100))
            .withMessageContaining("ended after 9 of its declared 100 bytes");
        assertThat(this.template.objectExists(this.bucket, "short")).isFalse();
    }

    @Test
    void invalidArgumentsFailBeforeAnyRequest() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.statObject(this.bucket, ""))
            .withMessageContaining("'key'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.statObject(this.bucket, null))
            .withMessage("'key' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.statObject(this.bucket, "é".repeat(513)))
            .withMessageContaining("'key'")
            .withMessageContaining("1026");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.statObject("Bad_Bucket", "k"))
            .withMessageContaining("'bucket'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.putObject(this.bucket, "k", stream(""), -2))
            .withMessageContaining("'length'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.putObject(this.bucket, "k", stream(""), 0, null, Map.of("bad name", "v")))
            .withMessageContaining("'metadata'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.getPartialObject(this.bucket, "k", -1))
            .withMessageContaining("'offset'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.copyObject(this.bucket, "k", "nokey"))
            .withMessageContaining("'source'");
        assertThatIllegalArgumentException()
            .isThrownBy(
                    () -> MinioTemplate.builder().endpoint("http://localhost:9000").partSize(4L * 1024 * 1024).build())
            .withMessageContaining("'partSize'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> MinioTemplate.builder().endpoint("http://localhost:9000").uploadConcurrency(0).build())
            .withMessageContaining("'uploadConcurrency'");
    }

    private ObjectWriteResponse put(String key, String content, String contentType) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return this.template.putObject(this.bucket, key, new ByteArrayInputStream(bytes), bytes.length, contentType,
                null);
    }

    private static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static int utf8Length(String content) {
        return content.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String read(GetObjectResponse response) throws IOException {
        try (response) {
            return new String(response.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
