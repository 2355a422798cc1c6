package dev.miniospring.http;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32C;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link PayloadSigning}: what each mode sends (WireMock) and that checksum uploads are
 * accepted by a real server.
 */
@S3ServerTest
@ExtendWith(WireMockExtension.class)
class PayloadSigningTests {

    private static final byte[] CONTENT = "checksummed content".getBytes(StandardCharsets.UTF_8);

    private WireMockServer server;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.server.stubFor(
                put(urlEqualTo("/bucket/key")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")));
    }

    @Test
    void signedModeHashesTheBodyIntoTheSignature() {
        template(PayloadSigning.SIGNED).putObject("bucket", "key", new ByteArrayInputStream(CONTENT), CONTENT.length);
        this.server.verify(
                putRequestedFor(urlEqualTo("/bucket/key")).withHeader("x-amz-content-sha256", matching("[0-9a-f]{64}"))
                    .withoutHeader("x-amz-checksum-crc32c"));
    }

    @Test
    void checksumModeSendsUnsignedPayloadWithACrc32cHeaderItSigns() {
        template(PayloadSigning.CHECKSUM).putObject("bucket", "key", new ByteArrayInputStream(CONTENT), CONTENT.length);
        this.server.verify(putRequestedFor(urlEqualTo("/bucket/key"))
            .withHeader("x-amz-content-sha256", equalTo("UNSIGNED-PAYLOAD"))
            .withHeader("x-amz-checksum-crc32c", equalTo(crc32c(CONTENT)))
            .withHeader("Authorization", matching(".*SignedHeaders=[^,]*x-amz-checksum-crc32c.*")));
    }

    @Test
    void checksumModeUploadsAreAcceptedByARealServer(S3TestServer server) throws Exception {
        MinioTemplate template = S3ServerExtension.templateBuilder(server)
            .payloadSigning(PayloadSigning.CHECKSUM)
            .partSize(5L * 1024 * 1024)
            .build();
        String bucket = UniqueBucketNames.unique("checksum");
        template.makeBucket(bucket);
        byte[] big = new byte[11 * 1024 * 1024];
        new java.util.Random(7).nextBytes(big);
        template.putObject(bucket, "big", new ByteArrayInputStream(big), -1);
        try (GetObjectResponse object = template.getObject(bucket, "big")) {
            assertThat(object.readAllBytes()).isEqualTo(big);
        }
    }

    @Test
    void serverRejectsABodyThatDoesNotMatchItsChecksum(S3TestServer server) {
        ServerQuirks.assumeNotCephRgw(server,
                "16.2 does not verify x-amz-checksum-crc32c and stores a body that does not match it");
        ObjectFixtures fixtures = new ObjectFixtures(server);
        String bucket = fixtures.newBucket("baddigest");
        S3Request corrupted = S3Request.builder(HttpMethod.PUT)
            .bucket(bucket)
            .key("k")
            .header("x-amz-checksum-crc32c", crc32c(CONTENT))
            .payload(RequestPayload.unsignedOf(new byte[] { 1, 2, 3 }, 0, 3))
            .build();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> fixtures.transport().execute(corrupted))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("BadDigest"));
        assertThat(fixtures.template().objectExists(bucket, "k")).isFalse();
    }

    private MinioTemplate template(PayloadSigning payloadSigning) {
        return WireMockExtension.templateBuilder(this.server).payloadSigning(payloadSigning).build();
    }

    private static String crc32c(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        return Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

}
