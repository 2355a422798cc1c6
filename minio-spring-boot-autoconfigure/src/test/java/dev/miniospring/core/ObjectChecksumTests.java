package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectChecksum;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * End-to-end checksums on WireMock: the headers of a single PUT and of every request of a
 * multipart upload, the Complete document, and the verification of downloads (a body that
 * does not match its checksum is an error and leaves no file; composite and ranged
 * answers are not verified).
 */
@ExtendWith(WireMockExtension.class)
class ObjectChecksumTests {

    private static final int MIB = 1024 * 1024;

    private static final String LAST_MODIFIED = "Mon, 30 Nov 2026 12:00:00 GMT";

    private static final byte[] CONTENT = "checksummed content".getBytes(StandardCharsets.UTF_8);

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).partSize(5 * MIB).uploadConcurrency(2).build();
    }

    @Test
    void singlePutSendsTheChecksumOfEachAlgorithmAndKeepsSigningThePayload() throws Exception {
        this.server.stubFor(put(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        for (ChecksumAlgorithm algorithm : ChecksumAlgorithm.values()) {
            this.server.resetRequests();
            this.template.putObject("bucket", "key", new ByteArrayInputStream(CONTENT), CONTENT.length,
                    PutObjectOptions.none().withChecksum(algorithm));
            this.server.verify(putRequestedFor(urlEqualTo("/bucket/key"))
                .withHeader(algorithm.headerName(), equalTo(checksum(algorithm, CONTENT)))
                .withHeader("x-amz-content-sha256", matching("[0-9a-f]{64}"))
                .withHeader("x-amz-checksum-algorithm", absent())
                .withHeader("Authorization", matching(".*SignedHeaders=[^,]*" + algorithm.headerName() + ".*")));
        }
    }

    @Test
    void signedUploadsSendNoChecksumUnlessAsked() {
        this.server.stubFor(put(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        this.template.putObject("bucket", "key", new ByteArrayInputStream(CONTENT), CONTENT.length);
        LoggedRequest request = this.server.findAll(putRequestedFor(urlEqualTo("/bucket/key"))).get(0);
        assertThat(request.getHeaders().keys()).noneMatch((name) -> name.toLowerCase().startsWith("x-amz-checksum"));
    }

    @Test
    void templateChecksumAppliesToUploadsThatChooseNoneAndTheOptionWins() throws Exception {
        this.server.stubFor(put(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        MinioTemplate sha1 = WireMockExtension.templateBuilder(this.server)
            .checksumAlgorithm(ChecksumAlgorithm.SHA1)
            .build();
        sha1.putObject("bucket", "key", new ByteArrayInputStream(CONTENT), CONTENT.length);
        sha1.putObject("bucket", "key", new ByteArrayInputStream(CONTENT), CONTENT.length,
                PutObjectOptions.none().withChecksum(ChecksumAlgorithm.CRC32));
        List<LoggedRequest> requests = this.server.findAll(putRequestedFor(urlEqualTo("/bucket/key")));
        assertThat(requests.get(0).getHeader("x-amz-checksum-sha1"))
            .isEqualTo(checksum(ChecksumAlgorithm.SHA1, CONTENT));
        assertThat(requests.get(1).getHeader("x-amz-checksum-crc32"))
            .isEqualTo(checksum(ChecksumAlgorithm.CRC32, CONTENT));
        assertThat(requests.get(1).containsHeader("x-amz-checksum-sha1")).isFalse();
    }

    @Test
    void checksumPayloadsSendTheChosenAlgorithmUnsigned() throws Exception {
        this.server.stubFor(put(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        MinioTemplate unsigned = WireMockExtension.templateBuilder(this.server)
            .payloadSigning(PayloadSigning.CHECKSUM)
            .build();
        unsigned.putObject("bucket", "key", new ByteArrayInputStream(CONTENT), CONTENT.length,
                PutObjectOptions.none().withChecksum(ChecksumAlgorithm.SHA256));
        this.server.verify(putRequestedFor(urlEqualTo("/bucket/key"))
            .withHeader("x-amz-content-sha256", equalTo("UNSIGNED-PAYLOAD"))
            .withHeader("x-amz-checksum-sha256", equalTo(checksum(ChecksumAlgorithm.SHA256, CONTENT)))
            .withHeader("x-amz-checksum-crc32c", absent()));
    }

    @Test
    void multipartUploadNamesTheAlgorithmOnCreateAndSendsEachPartsChecksumOnTheUploadAndInComplete() throws Exception {
        WireMockExtension.stubMultipartUpload(this.server);
        this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB,
                PutObjectOptions.none().withChecksum(ChecksumAlgorithm.CRC32C));
        this.server.verify(postRequestedFor(urlEqualTo("/bucket/big?uploads")).withHeader("x-amz-checksum-algorithm",
                equalTo("CRC32C")));
        String[] expected = Stream
            .of(new long[] { 0, 5 * MIB }, new long[] { 5 * MIB, 5 * MIB }, new long[] { 10 * MIB, MIB })
            .map((range) -> checksum(ChecksumAlgorithm.CRC32C, GeneratedInputStream.bytes(range[0], (int) range[1])))
            .toArray(String[]::new);
        for (int part = 1; part <= 3; part++) {
            this.server.verify(putRequestedFor(urlEqualTo("/bucket/big?partNumber=" + part + "&uploadId=u-1"))
                .withHeader("x-amz-checksum-crc32c", equalTo(expected[part - 1]))
                .withHeader("x-amz-checksum-algorithm", absent()));
        }
        String complete = this.server.findAll(postRequestedFor(urlEqualTo("/bucket/big?uploadId=u-1")))
            .get(0)
            .getBodyAsString();
        for (int part = 1; part <= 3; part++) {
            assertThat(complete).contains("<PartNumber>" + part + "</PartNumber><ETag>\"p\"</ETag><ChecksumCRC32C>"
                    + expected[part - 1] + "</ChecksumCRC32C>");
        }
        assertThat(complete).doesNotContain("ChecksumCRC32<", "ChecksumSHA");
    }

    @Test
    void retriedPartIsSentAgainWithTheSameBytesAndChecksum() throws Exception {
        WireMockExtension.stubMultipartUpload(this.server);
        String part2 = "/bucket/big?partNumber=2&uploadId=u-1";
        this.server.stubFor(put(urlEqualTo(part2)).inScenario("retry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("<Error><Code>SlowDown</Code></Error>"))
            .willSetStateTo("failed"));
        this.server.stubFor(put(urlEqualTo(part2)).inScenario("retry")
            .whenScenarioStateIs("failed")
            .willReturn(aResponse().withHeader("ETag", "\"p\"")));
        WireMockExtension.templateBuilder(this.server)
            .partSize(5 * MIB)
            .payloadSigning(PayloadSigning.CHECKSUM)
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)))
            .build()
            .putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB);
        byte[] bytes = GeneratedInputStream.bytes(5 * MIB, 5 * MIB);
        assertThat(this.server.findAll(putRequestedFor(urlEqualTo(part2)))).hasSize(2).allSatisfy((attempt) -> {
            assertThat(attempt.getHeader("x-amz-checksum-crc32c")).isEqualTo(checksum(ChecksumAlgorithm.CRC32C, bytes));
            assertThat(attempt.getBody()).isEqualTo(bytes);
        });
    }

    @Test
    void fullObjectChecksumIsAnnouncedOnCreateAndSentCombinedFromThePartsOnComplete() throws Exception {
        WireMockExtension.stubMultipartUpload(this.server);
        this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB,
                PutObjectOptions.none().withFullObjectChecksum(ChecksumAlgorithm.CRC32));
        this.server.verify(postRequestedFor(urlEqualTo("/bucket/big?uploads"))
            .withHeader("x-amz-checksum-algorithm", equalTo("CRC32"))
            .withHeader("x-amz-checksum-type", equalTo("FULL_OBJECT")));
        this.server.verify(postRequestedFor(urlEqualTo("/bucket/big?uploadId=u-1"))
            .withHeader("x-amz-checksum-crc32",
                    equalTo(checksum(ChecksumAlgorithm.CRC32, GeneratedInputStream.bytes(0, 11 * MIB))))
            .withHeader("x-amz-checksum-type", equalTo("FULL_OBJECT")));
        assertThat(this.server.findAll(putRequestedFor(urlPathEqualTo("/bucket/big")))).hasSize(3)
            .allSatisfy((part) -> assertThat(part.containsHeader("x-amz-checksum-type")).isFalse());
    }

    @Test
    void compositeMultipartUploadSendsNoChecksumTypeNorWholeObjectChecksum() {
        WireMockExtension.stubMultipartUpload(this.server);
        this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB,
                PutObjectOptions.none().withChecksum(ChecksumAlgorithm.CRC32));
        this.server
            .verify(postRequestedFor(urlEqualTo("/bucket/big?uploads")).withHeader("x-amz-checksum-type", absent()));
        this.server.verify(
                postRequestedFor(urlEqualTo("/bucket/big?uploadId=u-1")).withHeader("x-amz-checksum-crc32", absent())
                    .withHeader("x-amz-checksum-type", absent()));
    }

    @Test
    void fullObjectChecksumOfAHashIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> PutObjectOptions.none().withFullObjectChecksum(ChecksumAlgorithm.SHA256))
            .withMessageContaining("'checksum'")
            .withMessageContaining("SHA256");
    }

    @Test
    void multipartUploadWithoutChecksumSendsNone() {
        WireMockExtension.stubMultipartUpload(this.server);
        this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB);
        this.server.verify(
                postRequestedFor(urlEqualTo("/bucket/big?uploads")).withHeader("x-amz-checksum-algorithm", absent()));
        assertThat(
                this.server.findAll(postRequestedFor(urlEqualTo("/bucket/big?uploadId=u-1"))).get(0).getBodyAsString())
            .doesNotContain("Checksum");
    }

    @Test
    void checksumHeadersInTheOptionsAreRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> PutObjectOptions.none().withHeader("x-amz-checksum-crc32c", "AAAAAA=="))
            .withMessageContaining("'headers'")
            .withMessageContaining("'checksum'");
    }

    @Test
    void getWithChecksumModeAsksForTheChecksumAndVerifiesTheBody() throws Exception {
        stubGet("/bucket/key", checksum(ChecksumAlgorithm.CRC32C, CONTENT), null);
        try (GetObjectResponse object = this.template.getObject("bucket", "key",
                GetObjectOptions.none().withChecksumMode())) {
            assertThat(object.readAllBytes()).isEqualTo(CONTENT);
            assertThat(object.stat().checksum()).isEqualTo(
                    new ObjectChecksum(ChecksumAlgorithm.CRC32C, checksum(ChecksumAlgorithm.CRC32C, CONTENT), false));
        }
        this.server
            .verify(getRequestedFor(urlEqualTo("/bucket/key")).withHeader("x-amz-checksum-mode", equalTo("ENABLED")));
    }

    @Test
    void getWithoutChecksumModeDoesNotAskForIt() throws Exception {
        stubGet("/bucket/key", null, null);
        try (GetObjectResponse object = this.template.getObject("bucket", "key")) {
            assertThat(object.readAllBytes()).isEqualTo(CONTENT);
        }
        this.server.verify(getRequestedFor(urlEqualTo("/bucket/key")).withHeader("x-amz-checksum-mode", absent()));
    }

    @Test
    void bodyThatDoesNotMatchItsChecksumFailsAtTheEndOfTheStream() {
        stubGet("/bucket/key", checksum(ChecksumAlgorithm.SHA256, "other".getBytes(StandardCharsets.UTF_8)),
                "x-amz-checksum-sha256");
        try (GetObjectResponse object = this.template.getObject("bucket", "key",
                GetObjectOptions.none().withChecksumMode())) {
            assertThat(object.readNBytes(CONTENT.length)).isEqualTo(CONTENT);
            assertThatExceptionOfType(MinioException.class).isThrownBy(object::read)
                .withMessageContaining("bucket/key")
                .withMessageContaining("SHA256");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void fgetOfABodyThatDoesNotMatchItsChecksumLeavesNoFile(@TempDir Path directory) throws IOException {
        stubGet("/bucket/key", checksum(ChecksumAlgorithm.CRC32C, "other".getBytes(StandardCharsets.UTF_8)), null);
        Path target = directory.resolve("file");
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(
                    () -> this.template.fgetObject("bucket", "key", target, GetObjectOptions.none().withChecksumMode()))
            .withMessageContaining("does not match its CRC32C checksum");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void fgetOfABodyThatMatchesItsChecksumWritesTheFile(@TempDir Path directory) throws IOException {
        stubGet("/bucket/key", checksum(ChecksumAlgorithm.CRC32, CONTENT), "x-amz-checksum-crc32");
        Path target = directory.resolve("file");
        this.template.fgetObject("bucket", "key", target, GetObjectOptions.none().withChecksumMode());
        assertThat(target).hasBinaryContent(CONTENT);
    }

    @Test
    void compositeChecksumIsReportedButNotVerified() throws Exception {
        stubGet("/bucket/key", "AAAAAA==-3", null);
        try (GetObjectResponse object = this.template.getObject("bucket", "key",
                GetObjectOptions.none().withChecksumMode())) {
            assertThat(object.readAllBytes()).isEqualTo(CONTENT);
            assertThat(object.stat().checksum())
                .isEqualTo(new ObjectChecksum(ChecksumAlgorithm.CRC32C, "AAAAAA==-3", true));
        }
    }

    @Test
    void rangedReadIsNotVerified() throws Exception {
        this.server.stubFor(get(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withStatus(206)
            .withHeader("Last-Modified", LAST_MODIFIED)
            .withHeader("Content-Range", "bytes 0-2/" + CONTENT.length)
            .withHeader("x-amz-checksum-crc32c", "AAAAAA==")
            .withBody("che")));
        try (GetObjectResponse object = this.template.getObject("bucket", "key",
                GetObjectOptions.none().withRange(0, 3).withChecksumMode())) {
            assertThat(object.readAllBytes()).asString().isEqualTo("che");
        }
    }

    @Test
    void checksumThatIsNotAValueOfItsAlgorithmIsAnInvalidResponse() {
        stubGet("/bucket/key", "not base64!", null);
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.getObject("bucket", "key", GetObjectOptions.none().withChecksumMode()))
            .withMessageContaining("x-amz-checksum-crc32c");
    }

    @Test
    void presignedGetRefusesTheChecksumModeItCouldNotCarry() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.presignedGetObject("bucket", "key", Duration.ofMinutes(1),
                    GetObjectOptions.none().withChecksumMode()))
            .withMessageContaining("'options'");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void statWithChecksumModeAsksForTheChecksumAndReportsIt() {
        String sha256 = checksum(ChecksumAlgorithm.SHA256, CONTENT);
        this.server.stubFor(
                head(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("Last-Modified", LAST_MODIFIED)
                    .withHeader("ETag", "\"e\"")
                    .withHeader("x-amz-checksum-sha256", sha256)
                    .withHeader("x-amz-checksum-type", "FULL_OBJECT")));
        assertThat(this.template.statObject("bucket", "key", StatObjectOptions.none().withChecksumMode()).checksum())
            .isEqualTo(new ObjectChecksum(ChecksumAlgorithm.SHA256, sha256, false));
        this.server
            .verify(headRequestedFor(urlEqualTo("/bucket/key")).withHeader("x-amz-checksum-mode", equalTo("ENABLED")));
    }

    @Test
    void statWithoutChecksumModeDoesNotAskForIt() {
        this.server.stubFor(head(urlPathEqualTo("/bucket/key"))
            .willReturn(aResponse().withHeader("Last-Modified", LAST_MODIFIED).withHeader("ETag", "\"e\"")));
        assertThat(this.template.statObject("bucket", "key").checksum()).isNull();
        this.server.verify(headRequestedFor(urlEqualTo("/bucket/key")).withHeader("x-amz-checksum-mode", absent()));
    }

    private void stubGet(String path, String checksum, String header) {
        ResponseDefinitionBuilder response = aResponse().withHeader("Last-Modified", LAST_MODIFIED)
            .withHeader("ETag", "\"e\"")
            .withBody(CONTENT);
        if (checksum != null) {
            response.withHeader((header != null) ? header : "x-amz-checksum-crc32c", checksum);
        }
        this.server.stubFor(get(urlPathEqualTo(path)).willReturn(response));
    }

    static String checksum(ChecksumAlgorithm algorithm, byte[] data) {
        try {
            return Base64.getEncoder().encodeToString(switch (algorithm) {
                case CRC32C -> crc(new CRC32C(), data);
                case CRC32 -> crc(new CRC32(), data);
                case SHA1 -> MessageDigest.getInstance("SHA-1").digest(data);
                case SHA256 -> MessageDigest.getInstance("SHA-256").digest(data);
            });
        }
        catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] crc(Checksum crc, byte[] data) {
        crc.update(data, 0, data.length);
        return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
    }

}
