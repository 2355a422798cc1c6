package dev.miniospring.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.object.DownloadOptions;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Parallel ranged downloads into files on WireMock: the shapes of the HeadObject and
 * range GETs (ranges, If-Match, version id, SSE-C key), and every answer that must fail
 * the download without leaving a file.
 */
@ExtendWith(WireMockExtension.class)
class ObjectDownloadTests {

    private static final int MIB = 1024 * 1024;

    private static final int SIZE = 3 * MIB + MIB / 2;

    private static final byte[] CONTENT = content(SIZE);

    private static final String PATH = "/bucket/big";

    private static final String LAST_MODIFIED = "Mon, 30 Nov 2026 12:00:00 GMT";

    private static final String SSE_C = "x-amz-server-side-encryption-customer-";

    private WireMockServer server;

    private MinioTemplate template;

    @TempDir
    private Path directory;

    private Path target;

    @BeforeEach
    void setUp(WireMockServer server) throws IOException {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server)
            .downloadPartSize(MIB)
            .downloadConcurrency(3)
            .allowCustomerKeysOverHttp(true)
            .build();
        this.target = Files.writeString(this.directory.resolve("big.bin"), "the user's own data");
        stubHead(SIZE, "\"e1\"");
    }

    @Test
    void largeObjectIsFetchedInRangesPinnedToItsETag() {
        stubRanges();
        StatObjectResponse stat = this.template.fgetObject("bucket", "big", this.target);
        assertThat(stat.size()).isEqualTo(SIZE);
        assertThat(this.target).hasBinaryContent(CONTENT);
        assertThat(entries()).containsExactly(this.target);
        List<LoggedRequest> gets = this.server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(gets).extracting((request) -> request.getHeader("Range"))
            .containsExactlyInAnyOrder("bytes=0-1048575", "bytes=1048576-2097151", "bytes=2097152-3145727",
                    "bytes=3145728-3670015");
        assertThat(gets).allSatisfy((request) -> assertThat(request.getHeader("If-Match")).isEqualTo("\"e1\""));
        this.server.verify(1, headRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void everyRequestCarriesTheVersionIdAndTheCustomerKey() {
        stubRanges();
        byte[] key = new byte[32];
        GetObjectOptions read = GetObjectOptions.none()
            .withVersionId("v1")
            .withCustomerKey(ServerSideEncryption.customerKey(key));
        this.template.downloadObject("bucket", "big", this.target, DownloadOptions.of(read));
        assertThat(this.target).hasBinaryContent(CONTENT);
        List<LoggedRequest> requests = Stream
            .concat(this.server.findAll(headRequestedFor(urlPathEqualTo(PATH))).stream(),
                    this.server.findAll(getRequestedFor(urlPathEqualTo(PATH))).stream())
            .toList();
        assertThat(requests).hasSize(5).allSatisfy((request) -> {
            assertThat(request.queryParameter("versionId").firstValue()).isEqualTo("v1");
            assertThat(request.getHeader(SSE_C + "algorithm")).isEqualTo("AES256");
            assertThat(request.getHeader(SSE_C + "key")).isEqualTo("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
            assertThat(request.getHeader(SSE_C + "key-MD5")).isNotEmpty();
        });
    }

    @Test
    void partSizeAndConcurrencyOfTheOptionsWin() {
        stubRanges(2 * MIB);
        this.template.downloadObject("bucket", "big", this.target,
                DownloadOptions.none().withPartSize(2 * MIB).withConcurrency(2));
        assertThat(this.target).hasBinaryContent(CONTENT);
        assertThat(this.server.findAll(getRequestedFor(urlPathEqualTo(PATH))))
            .extracting((request) -> request.getHeader("Range"))
            .containsExactlyInAnyOrder("bytes=0-2097151", "bytes=2097152-3670015");
    }

    @Test
    void rangeAnsweredWith200IsAnErrorAndLeavesNoFile() {
        stubRanges();
        stubRange(2, aResponse().withStatus(200).withBody(CONTENT));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.fgetObject("bucket", "big", this.target))
            .withMessageContaining("Unexpected HTTP 200");
        assertUntouched();
    }

    @Test
    void contentRangeOtherThanAskedIsAnErrorAndLeavesNoFile() {
        stubRanges();
        stubRange(1, range(MIB, 2 * MIB - 1, "bytes 1048576-2097151/9999999", "\"e1\""));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.fgetObject("bucket", "big", this.target))
            .withMessageContaining("does not answer the requested range bytes=1048576-2097151 of " + SIZE + " bytes");
        assertUntouched();
    }

    @Test
    void bodyShorterThanItsRangeIsAnErrorAndLeavesNoFile() {
        stubRanges();
        stubRange(1,
                aResponse().withStatus(206)
                    .withHeader("Content-Range", "bytes 1048576-2097151/" + SIZE)
                    .withHeader("ETag", "\"e1\"")
                    .withHeader("Last-Modified", LAST_MODIFIED)
                    .withBody(Arrays.copyOfRange(CONTENT, MIB, MIB + 1000))
                    .withChunkedDribbleDelay(2, 1));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.fgetObject("bucket", "big", this.target))
            .withMessageContaining("the body ended after 1000 bytes");
        assertUntouched();
    }

    @Test
    void anotherETagInARangeIsAnErrorAndLeavesNoFile() {
        stubRanges();
        stubRange(3, range(3 * MIB, SIZE - 1, "bytes 3145728-3670015/" + SIZE, "\"e2\""));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.fgetObject("bucket", "big", this.target))
            .withMessageContaining("ETag 'e2' is not the ETag 'e1'");
        assertUntouched();
    }

    @Test
    void objectReplacedMidwayFailsWith412AndLeavesNoFile() {
        stubRanges();
        stubRange(2,
                aResponse().withStatus(412)
                    .withBody("<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you "
                            + "specified did not hold</Message></Error>"));
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> this.template.fgetObject("bucket", "big", this.target))
            .withMessageContaining("bucket/big changed while it was downloaded (its ETag is no longer 'e1')");
        assertUntouched();
    }

    @Test
    void failedRangeStopsTheOthers() {
        stubHead(10 * MIB, "\"e1\"");
        stubRanges(MIB, 10 * MIB);
        stubRange(0, aResponse().withStatus(412)
            .withBody("<Error><Code>PreconditionFailed</Code><Message>changed</Message></Error>"));
        MinioTemplate twoAtATime = WireMockExtension.templateBuilder(this.server)
            .downloadPartSize(MIB)
            .downloadConcurrency(2)
            .build();
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> twoAtATime.fgetObject("bucket", "big", this.target))
            .withMessageContaining("changed while it was downloaded");
        assertThat(this.server.findAll(getRequestedFor(urlPathEqualTo(PATH))).size()).isLessThan(10);
        assertUntouched();
    }

    @Test
    void headAnsweredWithAnErrorLeavesTheErrorToTheSingleGet() {
        this.server.resetAll();
        this.server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
            .withBody("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
                    + "<Key>big</Key></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.fgetObject("bucket", "big", this.target))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NoSuchKey"))
            .withMessageContaining("The specified key does not exist.");
        this.server.verify(1, headRequestedFor(urlPathEqualTo(PATH)));
        List<LoggedRequest> gets = this.server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(gets).hasSize(1);
        assertThat(gets.get(0).containsHeader("Range")).isFalse();
        assertUntouched();
    }

    @Test
    void objectOfOnePartIsOneGet() {
        byte[] small = Arrays.copyOf(CONTENT, MIB);
        stubHead(MIB, "\"s\"");
        this.server.stubFor(get(urlPathEqualTo(PATH)).willReturn(
                aResponse().withHeader("ETag", "\"s\"").withHeader("Last-Modified", LAST_MODIFIED).withBody(small)));
        this.template.fgetObject("bucket", "big", this.target);
        assertThat(this.target).hasBinaryContent(small);
        List<LoggedRequest> gets = this.server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(gets).hasSize(1);
        assertThat(gets.get(0).containsHeader("Range")).isFalse();
        assertThat(gets.get(0).containsHeader("If-Match")).isFalse();
    }

    @Test
    void concurrencyOfOneIsOneGetWithoutHead() {
        this.server.stubFor(get(urlPathEqualTo(PATH)).willReturn(
                aResponse().withHeader("ETag", "\"e1\"").withHeader("Last-Modified", LAST_MODIFIED).withBody(CONTENT)));
        this.template.downloadObject("bucket", "big", this.target, DownloadOptions.none().withConcurrency(1));
        assertThat(this.target).hasBinaryContent(CONTENT);
        this.server.verify(0, headRequestedFor(urlPathEqualTo(PATH)));
        this.server.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void checksumModeIsOneVerifiedGetWithoutHead() {
        this.server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withHeader("ETag", "\"e1\"")
            .withHeader("Last-Modified", LAST_MODIFIED)
            .withHeader("x-amz-checksum-crc32c", "AAAAAA==")
            .withBody(CONTENT)));
        assertThatExceptionOfType(MinioException.class).isThrownBy(() -> this.template.downloadObject("bucket", "big",
                this.target, DownloadOptions.of(GetObjectOptions.none().withChecksumMode())));
        this.server.verify(0, headRequestedFor(urlPathEqualTo(PATH)));
        this.server.verify(1,
                getRequestedFor(urlPathEqualTo(PATH)).withHeader("x-amz-checksum-mode", equalTo("ENABLED")));
        assertUntouched();
    }

    @Test
    void badSettingsAreRefusedNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> DownloadOptions.none().withPartSize(MIB - 1))
            .withMessageContaining("'partSize' must be at least 1 MiB");
        assertThatIllegalArgumentException().isThrownBy(() -> DownloadOptions.none().withConcurrency(0))
            .withMessageContaining("'concurrency' must be at least 1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> WireMockExtension.templateBuilder(this.server).downloadPartSize(1000).build())
            .withMessageContaining("'downloadPartSize' must be at least 1 MiB");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> WireMockExtension.templateBuilder(this.server).downloadConcurrency(0).build())
            .withMessageContaining("'downloadConcurrency' must be at least 1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.downloadObject("bucket", "big", this.directory, DownloadOptions.none()))
            .withMessageContaining("is a directory");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    private void stubHead(long size, String etag) {
        this.server.stubFor(head(urlPathEqualTo(PATH)).willReturn(aResponse().withHeader("ETag", etag)
            .withHeader("Content-Length", Long.toString(size))
            .withHeader("Last-Modified", LAST_MODIFIED)));
    }

    private void stubRanges() {
        stubRanges(MIB);
    }

    private void stubRanges(int partSize) {
        stubRanges(partSize, SIZE);
    }

    private void stubRanges(int partSize, int size) {
        for (int offset = 0; offset < size; offset += partSize) {
            int last = Math.min(offset + partSize, size) - 1;
            this.server.stubFor(get(urlPathEqualTo(PATH)).withHeader("Range", equalTo("bytes=" + offset + "-" + last))
                .willReturn(range(offset, last, size)));
        }
    }

    private void stubRange(int part, ResponseDefinitionBuilder response) {
        int offset = part * MIB;
        int last = Math.min(offset + MIB, SIZE) - 1;
        this.server.stubFor(get(urlPathEqualTo(PATH)).withHeader("Range", equalTo("bytes=" + offset + "-" + last))
            .willReturn(response));
    }

    private static ResponseDefinitionBuilder range(int offset, int last, int size) {
        return range(offset, last, "bytes " + offset + "-" + last + "/" + size, "\"e1\"");
    }

    private static ResponseDefinitionBuilder range(int offset, int last, String contentRange, String etag) {
        byte[] body = (last < SIZE) ? Arrays.copyOfRange(CONTENT, offset, last + 1) : new byte[last - offset + 1];
        return aResponse().withStatus(206)
            .withHeader("Content-Range", contentRange)
            .withHeader("ETag", etag)
            .withHeader("Last-Modified", LAST_MODIFIED)
            .withBody(body);
    }

    private void assertUntouched() {
        assertThat(this.target).hasContent("the user's own data");
        assertThat(entries()).containsExactly(this.target);
    }

    private List<Path> entries() {
        try (Stream<Path> files = Files.list(this.directory)) {
            return files.toList();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] content(int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + i / 4099);
        }
        return content;
    }

}
