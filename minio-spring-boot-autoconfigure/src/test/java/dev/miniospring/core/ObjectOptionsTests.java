package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.object.Conditions;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.MetadataDirective;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.RemoveObjectOptions;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.Tags;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.WireMockExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The requests the options of put, get, stat, copy, remove and presigned GET turn into,
 * and the bad options refused before any request, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class ObjectOptionsTests {

    private static final int MIB = 1024 * 1024;

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private static final String LAST_MODIFIED = "Mon, 30 Nov 2026 12:00:00 GMT";

    private static final Tags TAGS = Tags.forObject(Map.of("team", "a b&c"));

    private static final String TAGS_HEADER = "team=a%20b%26c";

    private static final Map<String, String> ELEVEN_TAGS = IntStream.range(0, 11)
        .boxed()
        .collect(Collectors.toMap((i) -> "k" + i, (i) -> "v"));

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).partSize(5 * MIB).uploadConcurrency(2).build();
    }

    @Test
    void getSendsVersionConditionsOverridesAndRange() throws IOException {
        this.server.stubFor(get(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withStatus(206)
            .withHeader("Last-Modified", LAST_MODIFIED)
            .withHeader("Content-Range", "bytes 2-5/10")
            .withBody("abcd")));
        GetObjectOptions options = GetObjectOptions.none()
            .withVersionId("v 1")
            .withRange(2, 4)
            .withConditions(Conditions.none()
                .withMatchETag("e1")
                .withMatchETagExcept("\"e2\"")
                .withModifiedSince(NOON)
                .withUnmodifiedSince(NOON.plusSeconds(1)))
            .withResponseHeaders(Map.of("Response-Content-Type", "text/plain"));
        try (GetObjectResponse object = this.template.getObject("bucket", "key", options)) {
            assertThat(object.readAllBytes()).asString().isEqualTo("abcd");
        }
        this.server.verify(getRequestedFor(urlPathEqualTo("/bucket/key")).withQueryParam("versionId", equalTo("v 1"))
            .withQueryParam("response-content-type", equalTo("text/plain"))
            .withHeader("Range", equalTo("bytes=2-5"))
            .withHeader("If-Match", equalTo("\"e1\""))
            .withHeader("If-None-Match", equalTo("\"e2\""))
            .withHeader("If-Modified-Since", equalTo("Mon, 30 Nov 2026 12:00:00 GMT"))
            .withHeader("If-Unmodified-Since", equalTo("Mon, 30 Nov 2026 12:00:01 GMT")));
    }

    @Test
    void statSendsVersionAndConditions() {
        this.server.stubFor(
                head(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("Last-Modified", LAST_MODIFIED)
                    .withHeader("ETag", "\"e\"")
                    .withHeader("x-amz-version-id", "v1")));
        StatObjectOptions options = StatObjectOptions.none()
            .withVersionId("v1")
            .withConditions(Conditions.none().withMatchETag("e"));
        assertThat(this.template.statObject("bucket", "key", options).versionId()).isEqualTo("v1");
        this.server
            .verify(headRequestedFor(urlEqualTo("/bucket/key?versionId=v1")).withHeader("If-Match", equalTo("\"e\"")));
    }

    @Test
    void removeSendsVersionAndBypassHeader() {
        this.server.stubFor(delete(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withStatus(204)));
        this.template.removeObject("bucket", "key", RemoveObjectOptions.none().withVersionId("v1"));
        this.template.removeObject("bucket", "key",
                RemoveObjectOptions.none().withVersionId("v2").withBypassGovernanceRetention());
        this.server.verify(deleteRequestedFor(urlEqualTo("/bucket/key?versionId=v1"))
            .withHeader("x-amz-bypass-governance-retention", absent()));
        this.server.verify(deleteRequestedFor(urlEqualTo("/bucket/key?versionId=v2"))
            .withHeader("x-amz-bypass-governance-retention", equalTo("true")));
    }

    @Test
    void copyNamesTheSourceVersionAndReplacesTheMetadataWithANewContentType() {
        this.server.stubFor(
                head(urlPathEqualTo("/src/a%20b")).willReturn(aResponse().withHeader("Last-Modified", LAST_MODIFIED)
                    .withHeader("ETag", "\"s\"")
                    .withHeader("Content-Length", "3")
                    .withHeader("Content-Type", "text/plain")));
        this.server.stubFor(put(urlPathEqualTo("/bucket/copy"))
            .willReturn(aResponse().withBody("<CopyObjectResult><ETag>\"c\"</ETag></CopyObjectResult>")));
        CopySource source = CopySource.of("src", "a b")
            .withVersionId("v1")
            .withConditions(Conditions.none().withMatchETag("s"));
        CopyObjectOptions options = CopyObjectOptions.none()
            .withContentType("application/json")
            .withMetadata(Map.of("owner", "me"));
        assertThat(this.template.copyObject("bucket", "copy", source, options).etag()).isEqualTo("c");
        this.server.verify(headRequestedFor(urlEqualTo("/src/a%20b?versionId=v1")));
        this.server.verify(putRequestedFor(urlEqualTo("/bucket/copy"))
            .withHeader("x-amz-copy-source", equalTo("/src/a%20b?versionId=v1"))
            .withHeader("x-amz-copy-source-if-match", equalTo("\"s\""))
            .withHeader("x-amz-metadata-directive", equalTo("REPLACE"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("x-amz-meta-owner", equalTo("me")));
    }

    @Test
    void copyWithoutOptionsKeepsTheMetadata() {
        this.server
            .stubFor(head(urlPathEqualTo("/src/key")).willReturn(aResponse().withHeader("Last-Modified", LAST_MODIFIED)
                .withHeader("ETag", "\"s\"")
                .withHeader("Content-Length", "3")));
        this.server.stubFor(put(urlPathEqualTo("/bucket/copy"))
            .willReturn(aResponse().withBody("<CopyObjectResult><ETag>\"c\"</ETag></CopyObjectResult>")));
        this.template.copyObject("bucket", "copy", CopySource.of("src", "key"), CopyObjectOptions.none());
        this.server
            .verify(putRequestedFor(urlEqualTo("/bucket/copy")).withHeader("x-amz-copy-source", equalTo("/src/key"))
                .withHeader("x-amz-metadata-directive", absent())
                .withHeader("x-amz-copy-source-if-match", absent()));
    }

    @Test
    void presignedGetSignsTheVersionAndOverrides() {
        GetObjectOptions options = GetObjectOptions.none()
            .withVersionId("v1")
            .withResponseHeaders(Map.of("response-content-disposition", "attachment"));
        URI versioned = URI.create(this.template.presignedGetObject("bucket", "key", Duration.ofHours(1), options));
        URI latest = URI.create(this.template.presignedGetObject("bucket", "key", Duration.ofHours(1),
                GetObjectOptions.none().withResponseHeaders(Map.of("response-content-disposition", "attachment"))));
        assertThat(versioned.getRawQuery()).contains("versionId=v1")
            .contains("response-content-disposition=attachment")
            .contains("X-Amz-Signature=");
        assertThat(signature(versioned)).isNotEqualTo(signature(latest));
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    private static String signature(URI url) {
        return url.getRawQuery().replaceAll(".*X-Amz-Signature=([0-9a-f]+).*", "$1");
    }

    @Test
    void singlePutCarriesContentTypeHeadersAndMetadata() {
        this.server.stubFor(put(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        PutObjectOptions options = PutObjectOptions.none()
            .withContentType("text/plain")
            .withHeader("Cache-Control", "no-cache")
            .withMetadata(Map.of("owner", "me"))
            .withTags(TAGS);
        this.template.putObject("bucket", "key", new ByteArrayInputStream(new byte[3]), 3, options);
        this.server.verify(putRequestedFor(urlEqualTo("/bucket/key")).withHeader("Content-Type", equalTo("text/plain"))
            .withHeader("Cache-Control", equalTo("no-cache"))
            .withHeader("x-amz-meta-owner", equalTo("me"))
            .withHeader("x-amz-tagging", equalTo(TAGS_HEADER)));
    }

    @Test
    void multipartPutSendsTheAttributesOnCreateOnlyAndUsesThePartSizeOfTheOptions() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploads")).willReturn(aResponse()
            .withBody("<InitiateMultipartUploadResult><UploadId>u-1</UploadId></InitiateMultipartUploadResult>")));
        this.server.stubFor(put(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"p\"")));
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploadId=u-1")).willReturn(aResponse()
            .withBody("<CompleteMultipartUploadResult><ETag>\"all\"</ETag></CompleteMultipartUploadResult>")));
        PutObjectOptions options = PutObjectOptions.none()
            .withContentType("text/plain")
            .withHeader("Cache-Control", "no-cache")
            .withMetadata(Map.of("owner", "me"))
            .withTags(TAGS)
            .withPartSize(6 * MIB);
        this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB, options);
        this.server.verify(
                postRequestedFor(urlEqualTo("/bucket/big?uploads")).withHeader("Content-Type", equalTo("text/plain"))
                    .withHeader("Cache-Control", equalTo("no-cache"))
                    .withHeader("x-amz-meta-owner", equalTo("me"))
                    .withHeader("x-amz-tagging", equalTo(TAGS_HEADER)));
        Stream
            .concat(this.server.findAll(putRequestedFor(urlPathEqualTo("/bucket/big"))).stream(),
                    this.server.findAll(postRequestedFor(urlEqualTo("/bucket/big?uploadId=u-1"))).stream())
            .forEach(ObjectOptionsTests::assertNoAttributes);
        assertThat(this.server.findAll(putRequestedFor(urlPathEqualTo("/bucket/big")))).hasSize(2);
    }

    private static void assertNoAttributes(LoggedRequest request) {
        assertThat(request.containsHeader("x-amz-meta-owner")).as(request.getUrl()).isFalse();
        assertThat(request.containsHeader("x-amz-tagging")).as(request.getUrl()).isFalse();
        assertThat(request.containsHeader("Cache-Control")).as(request.getUrl()).isFalse();
        assertThat(request.getHeader("Content-Type")).as(request.getUrl()).isNotEqualTo("text/plain");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptionsAreRefusedBeforeSending(ThrowingCallable call, String argument, String rule) {
        assertThatIllegalArgumentException().isThrownBy(call)
            .withMessageContaining("'" + argument + "'")
            .withMessageContaining(rule);
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                bad("empty version id", "versionId", "must not be empty",
                        () -> GetObjectOptions.none().withVersionId("")),
                bad("version id with LF", "versionId", "must not contain control characters",
                        () -> RemoveObjectOptions.none().withVersionId("v\n1")),
                bad("unknown response override", "responseHeaders", "must only contain",
                        () -> GetObjectOptions.none().withResponseHeaders(Map.of("x-amz-acl", "public-read"))),
                bad("request header with CR LF", "requestHeaders", "must not contain CR, LF",
                        () -> GetObjectOptions.none().withRequestHeaders(Map.of("If-Match", "e\r\nX: 1"))),
                bad("negative range offset", "offset", "must not be negative",
                        () -> GetObjectOptions.none().withRange(-1, 0)),
                bad("empty condition ETag", "etag", "must not be empty",
                        () -> StatObjectOptions.none().withConditions(Conditions.none().withMatchETag(""))),
                bad("put part size 1 MiB", "partSize", "5 MiB to 2047 MiB",
                        () -> PutObjectOptions.none().withPartSize(MIB)),
                bad("put header Content-Length", "headers", "set by the client",
                        () -> PutObjectOptions.none().withHeader("Content-Length", "1")),
                bad("put header name with colon", "headers", "HTTP token",
                        () -> PutObjectOptions.none().withHeader("X-A: b", "v")),
                bad("put eleven tags", "tags", "at most 10 tags for an object",
                        () -> PutObjectOptions.none().withTags(Tags.forBucket(ELEVEN_TAGS))),
                bad("put null tags", "tags", "must not be null", () -> PutObjectOptions.none().withTags(null)),
                bad("put null listener", "listener", "must not be null",
                        () -> PutObjectOptions.none().withProgressListener(null)),
                bad("copy metadata with directive COPY", "metadataDirective", "REPLACE",
                        () -> new CopyObjectOptions(MetadataDirective.COPY, "text/plain", Map.of(), null)),
                bad("copy source with empty key", "key", "must not be empty", () -> CopySource.of("src", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void badCallsAreRefusedBeforeSending(TemplateCall call, String argument, String rule) {
        assertThatIllegalArgumentException().isThrownBy(() -> call.call(this.template))
            .withMessageContaining("'" + argument + "'")
            .withMessageContaining(rule);
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
                call("copy source with a bad bucket", "source", "lower-case letters",
                        (t) -> t.copyObject("bucket", "k", CopySource.of("BAD", "k"), CopyObjectOptions.none())),
                call("copy source with a too long key", "source", "at most 1024 bytes",
                        (t) -> t.copyObject("bucket", "k", CopySource.of("src", "k".repeat(1025)),
                                CopyObjectOptions.none())),
                call("copy without options", "options", "must not be null",
                        (t) -> t.copyObject("bucket", "k", CopySource.of("src", "k"), null)),
                call("get without options", "options", "must not be null",
                        (t) -> t.getObject("bucket", "k", (GetObjectOptions) null)),
                call("remove with a bad key", "key", "must not be empty",
                        (t) -> t.removeObject("bucket", "", RemoveObjectOptions.none())),
                call("stat with a bad bucket", "bucket", "3 to 63 characters",
                        (t) -> t.statObject("b", "k", StatObjectOptions.none())),
                call("presigned GET with a range", "options", "only carry a version id",
                        (t) -> t.presignedGetObject("bucket", "k", Duration.ofHours(1),
                                GetObjectOptions.none().withRange(0, 10))),
                call("presigned GET with a listener", "options", "only carry a version id",
                        (t) -> t.presignedGetObject("bucket", "k", Duration.ofHours(1),
                                GetObjectOptions.none().withProgressListener((progress) -> {
                                }))),
                call("presigned GET with conditions", "options", "only carry a version id",
                        (t) -> t.presignedGetObject("bucket", "k", Duration.ofHours(1),
                                GetObjectOptions.none().withConditions(Conditions.none().withMatchETag("e")))),
                call("fget with a directory", "file", "is a directory",
                        (t) -> t.fgetObject("bucket", "k", Path.of("/tmp"), GetObjectOptions.none())));
    }

    private static Arguments bad(String name, String argument, String rule, ThrowingCallable call) {
        return arguments(Named.of(name, call), argument, rule);
    }

    private static Arguments call(String name, String argument, String rule, TemplateCall call) {
        return arguments(Named.of(name, call), argument, rule);
    }

    /**
     * One call on the template.
     */
    @FunctionalInterface
    interface TemplateCall {

        void call(MinioTemplate template) throws Throwable;

    }

}
