package dev.miniospring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.notification.FilterRule;
import dev.miniospring.notification.NotificationConfiguration;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.notification.NotificationTarget;
import dev.miniospring.object.CopyConditions;
import dev.miniospring.object.ListObjectsRequest;
import dev.miniospring.policy.Policy;
import dev.miniospring.presign.PostPolicy;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A catalogue of bad inputs across the operations of
 * {@link dev.miniospring.core.MinioOperations} and the template builder: each is rejected
 * with an exception naming the argument and the rule, before any request reaches the
 * server (WireMock's request journal stays empty).
 */
@ExtendWith(WireMockExtension.class)
class BadInputCatalogueTests {

    private static final int MIB = 1024 * 1024;

    private static final String BUCKET = "bucket";

    private static final String TOO_LONG_KEY = "é".repeat(513);

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.template = builder().build();
    }

    private MinioTemplateBuilder builder() {
        return WireMockExtension.templateBuilder(this.server).partSize(5 * MIB).retryPolicy(RetryPolicy.none());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void rejectedBeforeSending(BadInput input, String argument, String rule) {
        assertThatIllegalArgumentException().isThrownBy(() -> input.call(this.template, builder()))
            .withMessageContaining("'" + argument + "'")
            .withMessageContaining(rule);
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    static Stream<Arguments> badInputs() {
        return Stream
            .of(bucketNames(), keys(), keyCharacters(), objectArguments(), headerFields(), copyAndRemoval(),
                    presigning(), builderSettings(), policiesAndNotifications())
            .flatMap((cases) -> cases);
    }

    private static Stream<Arguments> bucketNames() {
        return Stream.of(bad("makeBucket(null)", "bucket", "must not be null", (t, b) -> t.makeBucket(null)),
                bad("bucket of 2 characters", "bucket", "3 to 63 characters", (t, b) -> t.makeBucket("ab")),
                bad("bucket of 64 characters", "bucket", "3 to 63 characters", (t, b) -> t.makeBucket("a".repeat(64))),
                bad("bucket with upper case", "bucket", "lower-case letters", (t, b) -> t.makeBucket("My-Bucket")),
                bad("bucket with underscore", "bucket", "lower-case letters", (t, b) -> t.bucketExists("my_bucket")),
                bad("bucket with space", "bucket", "lower-case letters", (t, b) -> t.removeBucket("my bucket")),
                bad("bucket starting with '-'", "bucket", "start and end", (t, b) -> t.makeBucket("-bucket")),
                bad("bucket ending with '.'", "bucket", "start and end", (t, b) -> t.makeBucket("bucket.")),
                bad("bucket with '..'", "bucket", "two adjacent periods", (t, b) -> t.makeBucket("my..bucket")),
                bad("bucket as IP address", "bucket", "IP address", (t, b) -> t.makeBucket("192.168.1.1")),
                bad("empty location", "location", "must not be empty", (t, b) -> t.makeBucket(BUCKET, "")),
                bad("listObjects bad bucket", "bucket", "3 to 63", (t, b) -> t.listObjects("x", null, true)),
                bad("listObjectsV2 bad bucket", "bucket", "lower-case", (t, b) -> t.listObjectsV2("X!x", null, true)),
                bad("listIncompleteUploads bad bucket", "bucket", "must not be null",
                        (t, b) -> t.listIncompleteUploads(null, null, true)));
    }

    private static Stream<Arguments> keys() {
        return Stream.of(
                bad("putObject null key", "key", "must not be null", (t, b) -> t.putObject(BUCKET, null, data(1), 1)),
                bad("putObject empty key", "key", "must not be empty", (t, b) -> t.putObject(BUCKET, "", data(1), 1)),
                bad("putObject key of 1026 UTF-8 bytes", "key", "at most 1024 bytes",
                        (t, b) -> t.putObject(BUCKET, TOO_LONG_KEY, data(1), 1)),
                bad("statObject key of 1025 bytes", "key", "at most 1024 bytes",
                        (t, b) -> t.statObject(BUCKET, "k".repeat(1025))),
                bad("getObject empty key", "key", "must not be empty", (t, b) -> t.getObject(BUCKET, "")),
                bad("removeObject null key", "key", "must not be null", (t, b) -> t.removeObject(BUCKET, null)),
                bad("objectExists empty key", "key", "must not be empty", (t, b) -> t.objectExists(BUCKET, "")),
                bad("removeIncompleteUpload empty key", "key", "must not be empty",
                        (t, b) -> t.removeIncompleteUpload(BUCKET, "")),
                bad("presignedGetObject too long key", "key", "at most 1024 bytes",
                        (t, b) -> t.presignedGetObject(BUCKET, TOO_LONG_KEY)));
    }

    private static Stream<Arguments> keyCharacters() {
        return Stream.of(
                bad("putObject key with U+0001", "key", "characters XML 1.0 can carry",
                        (t, b) -> t.putObject(BUCKET, "a\u0001b", data(1), 1)),
                bad("statObject key with NUL", "key", "found U+0000 at index 3",
                        (t, b) -> t.statObject(BUCKET, "nul\0")),
                bad("getObject key with an unpaired surrogate", "key", "found U+D83D at index 1",
                        (t, b) -> t.getObject(BUCKET, "a\ud83d")),
                bad("presignedGetObject key with U+FFFF", "key", "characters XML 1.0 can carry",
                        (t, b) -> t.presignedGetObject(BUCKET, "k\uffff")),
                bad("copyObject source key with ESC", "source", "characters XML 1.0 can carry",
                        (t, b) -> t.copyObject(BUCKET, "k", "bucket/esc\u001b")),
                bad("removeObjects key with U+0001", "keys", "'a\\u0001b'",
                        (t, b) -> t.removeObjects(BUCKET, List.of("ok", "a\u0001b")).toList()));
    }

    private static Stream<Arguments> headerFields() {
        return Stream.of(
                bad("putObject content type with CR LF", "contentType", "must not contain CR, LF",
                        (t, b) -> t.putObject(BUCKET, "k", data(1), 1, "text/plain\r\nX-Injected: 1", null)),
                bad("fputObject content type with LF", "contentType", "must not contain CR, LF",
                        (t, b) -> t.fputObject(BUCKET, "k", existingFile(), "text/plain\nX-Injected: 1", null)),
                bad("getObject request header value with CR LF", "requestHeaders", "must not contain CR, LF",
                        (t, b) -> t.getObject(BUCKET, "k", Map.of("If-Match", "\"e\"\r\nX-Injected: 1"))),
                bad("getObject request header name with colon", "requestHeaders", "HTTP token",
                        (t, b) -> t.getObject(BUCKET, "k", Map.of("X-A: b\r\nX-C", "v"))),
                bad("getObject request header with null value", "requestHeaders", "must not be null",
                        (t, b) -> t.getObject(BUCKET, "k", nullValue())),
                bad("putObject metadata name with LF", "metadata", "HTTP token",
                        (t, b) -> t.putObject(BUCKET, "k", data(1), 1, null, Map.of("a\nb", "v"))),
                bad("copy condition ETag with CR LF", "etag", "must not contain CR, LF",
                        (t, b) -> t.copyObject(BUCKET, "k", "bucket/s",
                                CopyConditions.none().withMatchETagExcept("e\r\nX-Injected: 1"), null)),
                bad("presign response header override with LF", "responseHeaders", "must not contain CR, LF",
                        (t, b) -> t.presignedGetObject(BUCKET, "k", Duration.ofHours(1),
                                Map.of("response-content-disposition", "attachment\nSet-Cookie: a=b"))));
    }

    private static Stream<Arguments> objectArguments() {
        return Stream.of(
                bad("putObject null data", "data", "must not be null", (t, b) -> t.putObject(BUCKET, "k", null, 1)),
                bad("putObject length -2", "length", "-1 (unknown) or 0 to 5 TiB",
                        (t, b) -> t.putObject(BUCKET, "k", data(1), -2)),
                bad("putObject length 6 TiB", "length", "-1 (unknown) or 0 to 5 TiB",
                        (t, b) -> t.putObject(BUCKET, "k", data(1), 6L << 40)),
                bad("putObject blank content type", "contentType", "must not be blank",
                        (t, b) -> t.putObject(BUCKET, "k", data(1), 1, " ", null)),
                bad("putObject null metadata value", "metadata", "must not contain null",
                        (t, b) -> t.putObject(BUCKET, "k", data(1), 1, null, nullValue())),
                bad("putObject metadata name with space", "metadata", "HTTP token",
                        (t, b) -> t.putObject(BUCKET, "k", data(1), 1, null, Map.of("bad name", "v"))),
                bad("fputObject null file", "file", "must not be null", (t, b) -> t.fputObject(BUCKET, "k", null)),
                bad("fputObject missing file", "file", "not a readable regular file",
                        (t, b) -> t.fputObject(BUCKET, "k", Path.of("/nonexistent/file.bin"))),
                bad("fgetObject null file", "file", "must not be null", (t, b) -> t.fgetObject(BUCKET, "k", null)),
                bad("getPartialObject negative offset", "offset", "must not be negative",
                        (t, b) -> t.getPartialObject(BUCKET, "k", -1)),
                bad("getPartialObject negative length", "length", "must not be negative",
                        (t, b) -> t.getPartialObject(BUCKET, "k", 0, -5)),
                bad("getObject null request headers", "requestHeaders", "must not be null",
                        (t, b) -> t.getObject(BUCKET, "k", (Map<String, String>) null)),
                bad("listObjectsPage null request", "request", "must not be null",
                        (t, b) -> t.listObjectsPage(BUCKET, null)),
                bad("listObjectsV2Page maxKeys 0", "maxKeys", "must be 1 to 1000",
                        (t, b) -> t.listObjectsV2Page(BUCKET, ListObjectsRequest.of(null, true).withMaxKeys(0))),
                bad("listObjectsPage maxKeys 1001", "maxKeys", "must be 1 to 1000",
                        (t, b) -> t.listObjectsPage(BUCKET, ListObjectsRequest.of(null, true).withMaxKeys(1001))));
    }

    private static Stream<Arguments> copyAndRemoval() {
        return Stream.of(
                bad("copyObject null source", "source", "must not be null", (t, b) -> t.copyObject(BUCKET, "k", null)),
                bad("copyObject source without slash", "source", "must be 'bucket/key'",
                        (t, b) -> t.copyObject(BUCKET, "k", "no-slash")),
                bad("copyObject source with bad bucket", "source", "lower-case letters",
                        (t, b) -> t.copyObject(BUCKET, "k", "BAD/key")),
                bad("copyObject source with empty key", "source", "must not be empty",
                        (t, b) -> t.copyObject(BUCKET, "k", "bucket/")),
                bad("copyObject too long target key", "key", "at most 1024 bytes",
                        (t, b) -> t.copyObject(BUCKET, TOO_LONG_KEY, "bucket/k")),
                bad("copy condition with empty ETag", "etag", "must not be empty",
                        (t, b) -> t.copyObject(BUCKET, "k", "bucket/s", CopyConditions.none().withMatchETag(""), null)),
                bad("removeObjects null keys", "keys", "must not be null", (t, b) -> t.removeObjects(BUCKET, null)),
                bad("removeObjects with an empty key", "keys", "must not contain null or empty keys",
                        (t, b) -> t.removeObjects(BUCKET, List.of("a", "")).toList()),
                bad("removeObjects with a too long key", "keys", "at most 1024 bytes",
                        (t, b) -> t.removeObjects(BUCKET, Arrays.asList("a", TOO_LONG_KEY)).toList()));
    }

    private static Stream<Arguments> presigning() {
        return Stream.of(
                bad("presign expiry 0", "expiry", "between 1 second and 7 days",
                        (t, b) -> t.presignedGetObject(BUCKET, "k", Duration.ZERO)),
                bad("presign expiry 7 days + 1 s", "expiry", "between 1 second and 7 days",
                        (t, b) -> t.presignedGetObject(BUCKET, "k", Duration.ofDays(7).plusSeconds(1))),
                bad("presign negative expiry", "expiry", "between 1 second and 7 days",
                        (t, b) -> t.presignedPutObject(BUCKET, "k", Duration.ofSeconds(-1))),
                bad("presign null expiry", "expiry", "must not be null",
                        (t, b) -> t.presignedPutObject(BUCKET, "k", null)),
                bad("presign unsupported response header", "responseHeaders", "must only contain",
                        (t, b) -> t.presignedGetObject(BUCKET, "k", Duration.ofHours(1), Map.of("x-evil", "1"))),
                bad("presignedPostPolicy null policy", "policy", "must not be null",
                        (t, b) -> t.presignedPostPolicy(null)),
                bad("post policy without expiration", "expiration", "must be set",
                        (t, b) -> PostPolicy.builder().bucket(BUCKET).key("k").build()),
                bad("post policy with max < min length", "max", "must not be less than 'min'",
                        (t, b) -> PostPolicy.builder().contentLengthRange(10, 5)),
                bad("post policy with reserved field", "field", "must not be",
                        (t, b) -> PostPolicy.builder()
                            .bucket(BUCKET)
                            .expiration(Instant.now().plusSeconds(60))
                            .condition("policy", "x")));
    }

    private static Stream<Arguments> policiesAndNotifications() {
        return Stream.of(
                bad("policy JSON not JSON", "policy", "is not valid JSON",
                        (t, b) -> t.setBucketPolicyJson(BUCKET, "{\"Version\": ")),
                bad("policy JSON an array", "policy", "must be a JSON object",
                        (t, b) -> t.setBucketPolicyJson(BUCKET, "[]")),
                bad("policy JSON empty", "policy", "must not be empty", (t, b) -> t.setBucketPolicyJson(BUCKET, "")),
                bad("canned policy null", "policy", "must not be null",
                        (t, b) -> t.setBucketPolicy(BUCKET, "p/", null)),
                bad("canned policy prefix with wildcard", "prefix", "must not contain '*'",
                        (t, b) -> t.setBucketPolicy(BUCKET, "p/*", Policy.READ_ONLY)),
                bad("notification without configurations", "notification", "at least one",
                        (t, b) -> t.setBucketNotification(BUCKET, NotificationConfiguration.empty())),
                bad("notification queue without ARN", "arn", "must not be empty",
                        (t, b) -> t.setBucketNotification(BUCKET,
                                NotificationConfiguration
                                    .ofQueues(NotificationTarget.of("", NotificationEvents.OBJECT_CREATED_ALL)))),
                bad("notification queue without events", "events", "must not be empty",
                        (t, b) -> t.setBucketNotification(BUCKET,
                                NotificationConfiguration.ofQueues(NotificationTarget.of("arn:minio:sqs::1:webhook")))),
                bad("notification event not starting with s3:", "events", "starting with 's3:'",
                        (t, b) -> t.setBucketNotification(BUCKET,
                                NotificationConfiguration
                                    .ofQueues(NotificationTarget.of("arn:minio:sqs::1:webhook", "ObjectCreated:*")))),
                bad("notification filter rule other than prefix/suffix", "filterRules", "'prefix' or 'suffix'",
                        (t, b) -> t.setBucketNotification(BUCKET,
                                NotificationConfiguration.ofQueues(NotificationTarget
                                    .of("arn:minio:sqs::1:webhook", NotificationEvents.OBJECT_CREATED_ALL)
                                    .withFilter(new FilterRule("regex", ".*"))))),
                bad("listen without events", "events", "must not be empty",
                        (t, b) -> t.listenBucketNotification(BUCKET, null, null, java.util.List.of())));
    }

    private static Stream<Arguments> builderSettings() {
        return Stream.of(
                bad("part size 5 MiB - 1", "partSize", "between 5 MiB and 5 GiB",
                        (t, b) -> b.partSize(5 * MIB - 1).build()),
                bad("part size 5 GiB + 1", "partSize", "between 5 MiB and 5 GiB",
                        (t, b) -> b.partSize((5L << 30) + 1).build()),
                bad("upload concurrency 0", "uploadConcurrency", "at least 1",
                        (t, b) -> b.uploadConcurrency(0).build()),
                bad("retry max attempts 0", "maxAttempts", "at least 1",
                        (t, b) -> b.retryPolicy(new RetryPolicy(0, Duration.ZERO, Duration.ZERO))),
                bad("retry max delay below base delay", "maxDelay", "must not be shorter",
                        (t, b) -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1))),
                bad("builder without endpoint", "endpoint", "must not be empty",
                        (t, b) -> MinioTemplate.builder().build()));
    }

    @Test
    void catalogueHasAtLeast40Entries() {
        assertThat(badInputs()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void requestDocumentsXmlCannotCarryAreRejectedBeforeSending() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.makeBucket(BUCKET, "eu\u0001west-1"))
            .withMessageContaining("Cannot write the CreateBucketConfiguration XML document");
        assertThatIllegalArgumentException()
            .isThrownBy(
                    () -> this.template.setBucketNotification(BUCKET,
                            NotificationConfiguration.ofQueues(NotificationTarget
                                .of("arn:minio:sqs::1:webhook", NotificationEvents.OBJECT_CREATED_ALL)
                                .withFilter(new FilterRule("prefix", "a\u0002")))))
            .withMessageContaining("Cannot write the NotificationConfigurationDocument XML document");
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void streamShorterThanItsLengthIsNeverStoredInOnePut() {
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> this.template.putObject(BUCKET, "short", data(9), 100))
            .withMessageContaining("'data'")
            .withMessageContaining("ended after 9 of its declared 100 bytes ('length')");
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void streamShorterThanItsLengthAbortsTheMultipartUpload() {
        this.server.stubFor(post(urlEqualTo("/bucket/short?uploads")).willReturn(aResponse()
            .withBody("<InitiateMultipartUploadResult><UploadId>u-1</UploadId></InitiateMultipartUploadResult>")));
        this.server.stubFor(put(urlPathEqualTo("/bucket/short")).willReturn(aResponse().withHeader("ETag", "\"p\"")));
        this.server.stubFor(delete(urlPathEqualTo("/bucket/short")).willReturn(aResponse().withStatus(204)));
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> this.template.putObject(BUCKET, "short", data(7 * MIB), 11 * MIB))
            .withMessageContaining("ended after " + 7 * MIB + " of its declared " + 11 * MIB + " bytes");
        this.server.verify(1,
                deleteRequestedFor(urlPathEqualTo("/bucket/short")).withQueryParam("uploadId", equalTo("u-1")));
        this.server.verify(0, postRequestedFor(urlEqualTo("/bucket/short?uploadId=u-1")));
        this.server.verify(0, putRequestedFor(urlEqualTo("/bucket/short")));
    }

    private static Arguments bad(String name, String argument, String rule, BadInput input) {
        return arguments(Named.of(name, input), argument, rule);
    }

    private static InputStream data(int size) {
        return new ByteArrayInputStream(new byte[size]);
    }

    private static Path existingFile() throws IOException {
        Path file = Files.createTempFile("bad-input", ".txt");
        file.toFile().deleteOnExit();
        return file;
    }

    private static Map<String, String> nullValue() {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("name", null);
        return metadata;
    }

    /**
     * One call with a bad input, on the template or on a fresh builder.
     */
    @FunctionalInterface
    interface BadInput {

        void call(MinioTemplate template, MinioTemplateBuilder builder) throws Throwable;

    }

}
