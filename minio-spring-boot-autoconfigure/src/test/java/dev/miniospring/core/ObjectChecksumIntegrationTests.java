package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectChecksum;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * End-to-end checksums on a real server: uploads with each algorithm (single PUT and
 * multipart, signed and unsigned payloads) are accepted and read back whole, and a body
 * that does not match its checksum is refused.
 */
@S3ServerTest
class ObjectChecksumIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private static final byte[] CONTENT = "checksummed content".getBytes(StandardCharsets.UTF_8);

    private static final String NO_FLEXIBLE_CHECKSUMS = "16.2 has no flexible checksums: it accepts x-amz-checksum-*"
            + " headers and Complete elements but neither verifies nor keeps them";

    private S3TestServer server;

    private ObjectFixtures fixtures;

    private String bucket;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.fixtures = new ObjectFixtures(server);
        this.bucket = this.fixtures.newBucket("checksums");
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void singlePutWithEachAlgorithmIsStoredAndReadBackVerified(ChecksumAlgorithm algorithm, @TempDir Path directory)
            throws IOException {
        MinioTemplate template = this.fixtures.template();
        template.putObject(this.bucket, "small", new ByteArrayInputStream(CONTENT), CONTENT.length,
                PutObjectOptions.none().withChecksum(algorithm));
        try (GetObjectResponse object = template.getObject(this.bucket, "small",
                GetObjectOptions.none().withChecksumMode())) {
            assertThat(object.readAllBytes()).isEqualTo(CONTENT);
        }
        template.fgetObject(this.bucket, "small", directory.resolve("small"),
                GetObjectOptions.none().withChecksumMode());
        assertThat(directory.resolve("small")).hasBinaryContent(CONTENT);
    }

    @ParameterizedTest
    @EnumSource(PayloadSigning.class)
    void multipartUploadWithAChecksumIsAcceptedAndReadBack(PayloadSigning payloadSigning) throws Exception {
        MinioTemplate template = S3ServerExtension.templateBuilder(this.server)
            .payloadSigning(payloadSigning)
            .partSize(5L * MIB)
            .build();
        template.putObject(this.bucket, "big", new GeneratedInputStream(11 * MIB), 11 * MIB,
                PutObjectOptions.none().withChecksum(ChecksumAlgorithm.CRC32C));
        try (GetObjectResponse object = template.getObject(this.bucket, "big",
                GetObjectOptions.none().withChecksumMode())) {
            assertThat(object.readAllBytes()).isEqualTo(GeneratedInputStream.bytes(0, 11 * MIB));
        }
    }

    @Test
    void serverKeepsTheChecksumOfASinglePutAndReturnsItWithTheChecksumMode() throws Exception {
        ServerQuirks.assumeNotCephRgw(this.server, NO_FLEXIBLE_CHECKSUMS);
        MinioTemplate template = this.fixtures.template();
        template.putObject(this.bucket, "small", new ByteArrayInputStream(CONTENT), CONTENT.length,
                PutObjectOptions.none().withChecksum(ChecksumAlgorithm.SHA256));
        ObjectChecksum expected = new ObjectChecksum(ChecksumAlgorithm.SHA256,
                ObjectChecksumTests.checksum(ChecksumAlgorithm.SHA256, CONTENT), false);
        assertThat(template.statObject(this.bucket, "small", StatObjectOptions.none().withChecksumMode()).checksum())
            .isEqualTo(expected);
        assertThat(template.statObject(this.bucket, "small").checksum()).isNull();
        try (GetObjectResponse object = template.getObject(this.bucket, "small",
                GetObjectOptions.none().withChecksumMode())) {
            assertThat(object.stat().checksum()).isEqualTo(expected);
            assertThat(object.readAllBytes()).isEqualTo(CONTENT);
        }
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void singleByteReadsOfAVerifiedDownloadGiveTheObjectAndEndCleanly(ChecksumAlgorithm algorithm) throws Exception {
        ServerQuirks.assumeNotCephRgw(this.server, NO_FLEXIBLE_CHECKSUMS);
        MinioTemplate template = this.fixtures.template();
        template.putObject(this.bucket, "bytes", new GeneratedInputStream(MIB), MIB,
                PutObjectOptions.none().withChecksum(algorithm));
        ByteArrayOutputStream read = new ByteArrayOutputStream(MIB);
        try (GetObjectResponse object = template.getObject(this.bucket, "bytes",
                GetObjectOptions.none().withChecksumMode())) {
            assertThat(object.stat().checksum()).isNotNull();
            for (int b = object.read(); b >= 0; b = object.read()) {
                read.write(b);
            }
            assertThat(object.read()).isEqualTo(-1);
        }
        assertThat(read.toByteArray()).isEqualTo(GeneratedInputStream.bytes(0, MIB));
    }

    @Test
    void serverKeepsTheCompositeChecksumOfTheParts() throws Exception {
        ServerQuirks.assumeNotCephRgw(this.server, NO_FLEXIBLE_CHECKSUMS);
        MinioTemplate template = S3ServerExtension.templateBuilder(this.server).partSize(5L * MIB).build();
        template.putObject(this.bucket, "big", new GeneratedInputStream(11 * MIB), 11 * MIB,
                PutObjectOptions.none().withChecksum(ChecksumAlgorithm.CRC32C));
        ByteArrayOutputStream partChecksums = new ByteArrayOutputStream();
        for (long offset = 0; offset < 11 * MIB; offset += 5 * MIB) {
            byte[] part = GeneratedInputStream.bytes(offset, (int) Math.min(5 * MIB, 11 * MIB - offset));
            partChecksums
                .write(Base64.getDecoder().decode(ObjectChecksumTests.checksum(ChecksumAlgorithm.CRC32C, part)));
        }
        String composite = ObjectChecksumTests.checksum(ChecksumAlgorithm.CRC32C, partChecksums.toByteArray()) + "-3";
        assertThat(template.statObject(this.bucket, "big", StatObjectOptions.none().withChecksumMode()).checksum())
            .isEqualTo(new ObjectChecksum(ChecksumAlgorithm.CRC32C, composite, true));
    }

    @Test
    void fullObjectChecksumOfAMultipartUploadIsKeptAndVerifiesTheDownload(@TempDir Path directory) throws Exception {
        ServerQuirks.assumeNotCephRgw(this.server, NO_FLEXIBLE_CHECKSUMS);
        MinioTemplate template = S3ServerExtension.templateBuilder(this.server).partSize(5L * MIB).build();
        template.putObject(this.bucket, "full", new GeneratedInputStream(11 * MIB), 11 * MIB,
                PutObjectOptions.none().withFullObjectChecksum(ChecksumAlgorithm.CRC32C));
        byte[] content = GeneratedInputStream.bytes(0, 11 * MIB);
        ObjectChecksum expected = new ObjectChecksum(ChecksumAlgorithm.CRC32C,
                ObjectChecksumTests.checksum(ChecksumAlgorithm.CRC32C, content), false);
        assertThat(template.statObject(this.bucket, "full", StatObjectOptions.none().withChecksumMode()).checksum())
            .isEqualTo(expected);
        assertThat(template
            .fgetObject(this.bucket, "full", directory.resolve("full"), GetObjectOptions.none().withChecksumMode())
            .checksum()).isEqualTo(expected);
        assertThat(directory.resolve("full")).hasBinaryContent(content);
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void bodyThatDoesNotMatchItsChecksumIsRefusedWithBadDigest(ChecksumAlgorithm algorithm) {
        ServerQuirks.assumeNotCephRgw(this.server, NO_FLEXIBLE_CHECKSUMS);
        S3Request corrupted = S3Request.builder(HttpMethod.PUT)
            .bucket(this.bucket)
            .key("corrupted")
            .header(algorithm.headerName(), ObjectChecksumTests.checksum(algorithm, CONTENT))
            .payload(RequestPayload.unsignedOf(new byte[] { 1, 2, 3 }, 0, 3))
            .build();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.fixtures.transport().execute(corrupted))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("BadDigest"));
        assertThat(this.fixtures.template().objectExists(this.bucket, "corrupted")).isFalse();
    }

    @Test
    void cephRgwAcceptsChecksumsButNeitherVerifiesNorKeepsThem() {
        ServerQuirks.assumeNotS3Proxy(this.server, "it implements flexible checksums");
        S3Request corrupted = S3Request.builder(HttpMethod.PUT)
            .bucket(this.bucket)
            .key("corrupted")
            .header("x-amz-checksum-crc32c", ObjectChecksumTests.checksum(ChecksumAlgorithm.CRC32C, CONTENT))
            .payload(RequestPayload.unsignedOf(new byte[] { 1, 2, 3 }, 0, 3))
            .build();
        this.fixtures.transport().execute(corrupted);
        assertThat(this.fixtures.template()
            .statObject(this.bucket, "corrupted", StatObjectOptions.none().withChecksumMode())
            .checksum()).isNull();
    }

}
