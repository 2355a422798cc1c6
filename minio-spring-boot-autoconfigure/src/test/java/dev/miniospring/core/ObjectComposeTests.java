package dev.miniospring.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.upload.MultipartCopySizes;
import dev.miniospring.object.ComposeObjectOptions;
import dev.miniospring.object.ComposeSource;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.Tags;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The requests of {@code composeObject} and of multipart {@code copyObject} on WireMock:
 * every header of every request, the size rules refused before anything is written, and
 * the upload aborted on every kind of failure.
 */
@ExtendWith(WireMockExtension.class)
class ObjectComposeTests {

    private static final long MIB = 1024 * 1024;

    private static final long GIB = 1024 * MIB;

    private static final String LAST_MODIFIED = "Mon, 30 Nov 2026 12:00:00 GMT";

    private static final String SSE_C = "x-amz-server-side-encryption-customer-";

    private static final String SOURCE_SSE_C = "x-amz-copy-source-server-side-encryption-customer-";

    private static final CustomerKey SOURCE_KEY = ServerSideEncryption.customerKey(bytes(1));

    private static final CustomerKey TARGET_KEY = ServerSideEncryption.customerKey(bytes(2));

    private static final String UPLOADS = "/bucket/composed?uploads";

    private static final String UPLOAD = "/bucket/composed?uploadId=u-1";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server)
            .uploadConcurrency(2)
            .allowCustomerKeysOverHttp(true)
            .build();
    }

    @Test
    void composeSendsEveryHeaderOfEveryRequest() {
        stubSource("/bucket/a", 6 * MIB, "etag-a");
        stubSource("/bucket/b", 10 * MIB, "etag-b");
        stubSource("/bucket/c", 1024, "etag-c");
        stubUpload();
        List<ComposeSource> sources = List.of(
                ComposeSource.of(CopySource.of("bucket", "a").withCustomerKey(SOURCE_KEY)),
                ComposeSource.of(CopySource.of("bucket", "b").withVersionId("v1")).withRange(MIB, 5 * MIB),
                ComposeSource.of("bucket", "c").withOffset(1000));
        ComposeObjectOptions options = ComposeObjectOptions.none()
            .withContentType("text/plain")
            .withMetadata(Map.of("owner", "me"))
            .withTags(Tags.forObject(Map.of("k", "v")))
            .withEncryption(TARGET_KEY);
        ObjectWriteResponse written = this.template.composeObject("bucket", "composed", sources, options);
        assertThat(written.etag()).isEqualTo("all");
        assertHeads();
        LoggedRequest create = single(postRequestedFor(urlEqualTo(UPLOADS)));
        assertThat(create.getHeader("Content-Type")).isEqualTo("text/plain");
        assertThat(create.getHeader("x-amz-meta-owner")).isEqualTo("me");
        assertThat(create.getHeader("x-amz-tagging")).isEqualTo("k=v");
        assertCustomerKey(create, SSE_C, TARGET_KEY);
        List<LoggedRequest> parts = parts();
        assertThat(parts).hasSize(3).allSatisfy((part) -> {
            assertCustomerKey(part, SSE_C, TARGET_KEY);
            assertThat(part.containsHeader("x-amz-meta-owner")).isFalse();
            assertThat(part.containsHeader("x-amz-tagging")).isFalse();
        });
        assertPart(parts.get(0), "/bucket/a", null, "\"etag-a\"");
        assertCustomerKey(parts.get(0), SOURCE_SSE_C, SOURCE_KEY);
        assertPart(parts.get(1), "/bucket/b?versionId=v1", "bytes=1048576-6291455", "\"etag-b\"");
        assertPart(parts.get(2), "/bucket/c", "bytes=1000-1023", "\"etag-c\"");
        assertThat(parts.subList(1, 3))
            .allSatisfy((part) -> assertThat(part.containsHeader(SOURCE_SSE_C + "key")).isFalse());
        LoggedRequest complete = single(postRequestedFor(urlEqualTo(UPLOAD)));
        assertCustomerKey(complete, SSE_C, TARGET_KEY);
        assertThat(complete.getBodyAsString()).containsSubsequence("<PartNumber>1</PartNumber><ETag>\"p-1\"</ETag>",
                "<PartNumber>2</PartNumber><ETag>\"p-2\"</ETag>", "<PartNumber>3</PartNumber><ETag>\"p-3\"</ETag>");
        this.server.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void sourceConditionsGoOnTheHeadAndOnEveryPart() {
        stubSource("/bucket/a", MIB, "etag-a");
        stubUpload();
        CopySource source = CopySource.of("bucket", "a")
            .withConditions(dev.miniospring.object.Conditions.none().withMatchETagExcept("old"));
        this.template.composeObject("bucket", "composed", List.of(ComposeSource.of(source)));
        this.server.verify(headRequestedFor(urlEqualTo("/bucket/a")).withHeader("If-None-Match", equalTo("\"old\"")));
        LoggedRequest part = single(putRequestedFor(urlPathEqualTo("/bucket/composed")));
        assertPart(part, "/bucket/a", null, "\"etag-a\"");
        assertThat(part.getHeader("x-amz-copy-source-if-none-match")).isEqualTo("\"old\"");
        LoggedRequest create = single(postRequestedFor(urlEqualTo(UPLOADS)));
        assertThat(create.getHeader("Content-Type")).isEqualTo("application/octet-stream");
    }

    @Test
    void versionReadByTheHeadIsPinnedOnEveryPart() {
        this.server.stubFor(head(urlPathEqualTo("/bucket/a"))
            .willReturn(source(MIB, "etag-a").withHeader("x-amz-version-id", "v 7")));
        stubUpload();
        this.template.composeObject("bucket", "composed", List.of(ComposeSource.of("bucket", "a")));
        assertPart(single(putRequestedFor(urlPathEqualTo("/bucket/composed"))), "/bucket/a?versionId=v%207", null,
                "\"etag-a\"");
    }

    @Test
    void sourceLargerThanThePartSizeIsSplitIntoEqualParts() {
        this.template = WireMockExtension.templateBuilder(this.server)
            .multipartCopySizes(new MultipartCopySizes(5 * MIB, 5 * MIB))
            .build();
        stubSource("/bucket/a", 16 * MIB, "etag-a");
        stubUpload();
        this.template.composeObject("bucket", "composed", List.of(ComposeSource.of("bucket", "a")));
        List<LoggedRequest> parts = parts();
        assertThat(parts).extracting((part) -> part.getHeader("x-amz-copy-source-range"))
            .containsExactly("bytes=0-5592405", "bytes=5592406-11184810", "bytes=11184811-16777215");
    }

    @Test
    void copyOfASourceLargerThan5GibIsCopiedInPartsWithTheSourceAttributes() {
        this.server.stubFor(head(urlPathEqualTo("/bucket/huge"))
            .willReturn(source(6 * GIB, "etag-h").withHeader("Content-Type", "video/mp4")
                .withHeader("x-amz-meta-camera", "front")));
        stubUpload();
        ObjectWriteResponse written = this.template.copyObject("bucket", "composed", CopySource.of("bucket", "huge"),
                CopyObjectOptions.none());
        assertThat(written.etag()).isEqualTo("all");
        LoggedRequest create = single(postRequestedFor(urlEqualTo(UPLOADS)));
        assertThat(create.getHeader("Content-Type")).isEqualTo("video/mp4");
        assertThat(create.getHeader("x-amz-meta-camera")).isEqualTo("front");
        List<LoggedRequest> parts = parts();
        assertThat(parts).hasSize(2);
        assertPart(parts.get(0), "/bucket/huge", "bytes=0-3221225471", "\"etag-h\"");
        assertPart(parts.get(1), "/bucket/huge", "bytes=3221225472-6442450943", "\"etag-h\"");
        this.server.verify(0, putRequestedFor(urlEqualTo("/bucket/composed")));
    }

    @Test
    void copyWithReplacedMetadataGivesTheNewAttributesToTheUpload() {
        this.server.stubFor(head(urlPathEqualTo("/bucket/huge"))
            .willReturn(source(6 * GIB, "etag-h").withHeader("Content-Type", "video/mp4")
                .withHeader("x-amz-meta-camera", "front")));
        stubUpload();
        this.template.copyObject("bucket", "composed", CopySource.of("bucket", "huge"),
                CopyObjectOptions.none().withMetadata(Map.of("camera", "back")).withEncryption(TARGET_KEY));
        LoggedRequest create = single(postRequestedFor(urlEqualTo(UPLOADS)));
        assertThat(create.getHeader("Content-Type")).isEqualTo("video/mp4");
        assertThat(create.getHeader("x-amz-meta-camera")).isEqualTo("back");
        assertCustomerKey(create, SSE_C, TARGET_KEY);
        assertThat(parts()).allSatisfy((part) -> assertCustomerKey(part, SSE_C, TARGET_KEY));
    }

    @Test
    void sizeRulesAreCheckedBeforeAnythingIsWritten() {
        stubSource("/bucket/small", 5 * MIB - 1, "s");
        stubSource("/bucket/big", 6 * MIB, "b");
        assertRefused(List.of(ComposeSource.of("bucket", "small"), ComposeSource.of("bucket", "big")),
                "'sources' [0] (bucket/small) is 5242879 bytes: every source but the last must be at least 5 MiB");
        assertRefused(List.of(ComposeSource.of("bucket", "big").withRange(MIB, 5 * MIB + 1)),
                "ends beyond the object's 6291456 bytes");
        assertRefused(List.of(ComposeSource.of("bucket", "big").withOffset(6 * MIB)),
                "starts at byte 6291456, beyond the object's 6291456 bytes");
        this.server.verify(0, postRequestedFor(anyUrl()));
        this.server.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void moreThan5TibOrThan10000PartsIsRefusedBeforeAnythingIsWritten() {
        stubSource("/bucket/large", 3L * 1024 * GIB, "l");
        assertRefused(List.of(ComposeSource.of("bucket", "large"), ComposeSource.of("bucket", "large")),
                "'sources' add up to more than 5 TiB");
        this.template = WireMockExtension.templateBuilder(this.server)
            .multipartCopySizes(new MultipartCopySizes(5 * MIB, 5 * MIB))
            .build();
        stubSource("/bucket/parts", 5000 * 5 * MIB, "p");
        assertRefused(List.of(ComposeSource.of("bucket", "parts"), ComposeSource.of("bucket", "parts"),
                ComposeSource.of("bucket", "parts")), "'sources' need more than 10000 parts");
        this.server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void invalidArgumentsAreRefusedBeforeAnyRequest() {
        List<ComposeSource> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.composeObject("bucket", "k", List.of()))
            .withMessageContaining("'sources' must hold 1 to 10000 sources");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.composeObject("bucket", "k", withNull))
            .withMessageContaining("'sources' [0] must not be null");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.composeObject("bucket", "k",
                    Collections.nCopies(10_001, ComposeSource.of("bucket", "a"))))
            .withMessageContaining("holds 10001");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.composeObject("bucket", "k", List.of(ComposeSource.of("B", "a"))))
            .withMessageContaining("'source'");
        assertThatIllegalArgumentException().isThrownBy(() -> ComposeSource.of("bucket", "a").withRange(0, 0))
            .withMessageContaining("'length' must be positive");
        MinioTemplate overHttp = WireMockExtension.templateBuilder(this.server).build();
        assertThatIllegalArgumentException()
            .isThrownBy(() -> overHttp.composeObject("bucket", "k",
                    List.of(ComposeSource.of(CopySource.of("bucket", "a").withCustomerKey(SOURCE_KEY)))))
            .withMessageContaining("plain http");
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void failingPartCopyAbortsTheUpload() {
        stubCompose();
        this.server.stubFor(
                put(urlEqualTo("/bucket/composed?partNumber=2&uploadId=u-1")).willReturn(aResponse().withStatus(403)
                    .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(this::composeTwo)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("AccessDenied"));
        assertAborted();
    }

    @Test
    void errorDocumentAnsweredWithStatus200AbortsTheUpload() {
        stubCompose();
        this.server.stubFor(put(urlEqualTo("/bucket/composed?partNumber=2&uploadId=u-1")).willReturn(aResponse()
            .withBody("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(this::composeTwo)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("SlowDown"));
        assertAborted();
    }

    @Test
    void unexpectedDocumentAbortsTheUpload() {
        stubCompose();
        this.server.stubFor(put(urlEqualTo("/bucket/composed?partNumber=2&uploadId=u-1")).willReturn(aResponse()
            .withBody("<CompleteMultipartUploadResult><ETag>\"x\"</ETag>" + "</CompleteMultipartUploadResult>")));
        assertThatExceptionOfType(MinioInvalidResponseException.class).isThrownBy(this::composeTwo)
            .withMessageContaining("expected root element <CopyPartResult>");
        assertAborted();
    }

    @Test
    void sourceChangedSinceItsHeadFailsWithPreconditionFailedAndAbortsTheUpload() {
        stubCompose();
        this.server.stubFor(put(urlEqualTo("/bucket/composed?partNumber=2&uploadId=u-1"))
            .withHeader("x-amz-copy-source-if-match", equalTo("\"etag-b\""))
            .willReturn(aResponse().withStatus(412)
                .withBody("<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you "
                        + "specified did not hold</Message></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(this::composeTwo)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("PreconditionFailed"));
        assertAborted();
    }

    private void composeTwo() {
        this.template.composeObject("bucket", "composed",
                List.of(ComposeSource.of("bucket", "a"), ComposeSource.of("bucket", "b")));
    }

    private void stubCompose() {
        stubSource("/bucket/a", 6 * MIB, "etag-a");
        stubSource("/bucket/b", MIB, "etag-b");
        stubUpload();
        this.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo(UPLOAD))
            .willReturn(aResponse().withStatus(204)));
    }

    private void assertAborted() {
        this.server.verify(1, deleteRequestedFor(urlEqualTo(UPLOAD)));
        this.server.verify(0, postRequestedFor(urlEqualTo(UPLOAD)));
    }

    private void assertRefused(List<ComposeSource> sources, String message) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.composeObject("bucket", "composed", sources))
            .withMessageContaining(message);
    }

    private void assertHeads() {
        this.server
            .verify(headRequestedFor(urlEqualTo("/bucket/a")).withHeader(SSE_C + "key", equalTo(SOURCE_KEY.base64Key()))
                .withHeader(SSE_C + "key-MD5", equalTo(SOURCE_KEY.base64KeyMd5()))
                .withHeader(SSE_C + "algorithm", equalTo("AES256")));
        this.server.verify(headRequestedFor(urlEqualTo("/bucket/b?versionId=v1")));
        this.server.verify(headRequestedFor(urlEqualTo("/bucket/c")));
    }

    private List<LoggedRequest> parts() {
        List<LoggedRequest> parts = new ArrayList<>(
                this.server.findAll(putRequestedFor(urlPathEqualTo("/bucket/composed"))));
        parts.sort((a, b) -> Integer.compare(partNumber(a), partNumber(b)));
        return parts;
    }

    private static int partNumber(LoggedRequest request) {
        return Integer.parseInt(request.queryParameter("partNumber").firstValue());
    }

    private LoggedRequest single(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = this.server.findAll(pattern);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static void assertPart(LoggedRequest part, String source, String range, String ifMatch) {
        assertThat(part.queryParameter("uploadId").firstValue()).isEqualTo("u-1");
        assertThat(part.getHeader("x-amz-copy-source")).isEqualTo(source);
        assertThat(part.getHeader("x-amz-copy-source-range")).as(part.getUrl()).isEqualTo(range);
        assertThat(part.getHeader("x-amz-copy-source-if-match")).isEqualTo(ifMatch);
        assertThat(part.getBody()).isEmpty();
    }

    private static void assertCustomerKey(LoggedRequest request, String prefix, CustomerKey key) {
        assertThat(request.getHeader(prefix + "algorithm")).as(request.getUrl()).isEqualTo("AES256");
        assertThat(request.getHeader(prefix + "key")).as(request.getUrl()).isEqualTo(key.base64Key());
        assertThat(request.getHeader(prefix + "key-MD5")).as(request.getUrl()).isEqualTo(key.base64KeyMd5());
    }

    private void stubSource(String path, long size, String etag) {
        this.server.stubFor(head(urlPathEqualTo(path)).willReturn(source(size, etag)));
    }

    private static ResponseDefinitionBuilder source(long size, String etag) {
        return aResponse().withHeader("Content-Length", Long.toString(size))
            .withHeader("ETag", "\"" + etag + "\"")
            .withHeader("Last-Modified", LAST_MODIFIED);
    }

    private void stubUpload() {
        this.server.stubFor(post(urlEqualTo(UPLOADS)).willReturn(aResponse()
            .withBody("<InitiateMultipartUploadResult><UploadId>u-1</UploadId></InitiateMultipartUploadResult>")));
        for (int part = 1; part <= 3; part++) {
            this.server.stubFor(put(urlEqualTo("/bucket/composed?partNumber=" + part + "&uploadId=u-1"))
                .willReturn(aResponse().withBody("<CopyPartResult><LastModified>2026-11-30T12:00:00.000Z"
                        + "</LastModified><ETag>\"p-" + part + "\"</ETag></CopyPartResult>")));
        }
        this.server.stubFor(post(urlEqualTo(UPLOAD)).willReturn(aResponse()
            .withBody("<CompleteMultipartUploadResult><ETag>\"all\"</ETag></CompleteMultipartUploadResult>")));
    }

    private static byte[] bytes(int value) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) value);
        return key;
    }

}
