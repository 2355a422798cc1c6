package dev.miniospring.autoconfigure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code minio.payload-signing} chosen by the endpoint's scheme by default: unsigned
 * payloads with a CRC32C checksum over {@code https://}, signed payloads over
 * {@code http://}; the property overrides either.
 */
class MinioAutoConfigurationPayloadSigningTests {

    @RegisterExtension
    static final WireMockExtension wireMock = WireMockExtension.withHttps();

    private static final byte[] CONTENT = "checksummed content".getBytes(StandardCharsets.UTF_8);

    private static final String CONTENT_CRC32C = "tJ1a5Q==";

    private static final String SHA256_HEX = "[0-9a-f]{64}";

    private static final int MIB = 1024 * 1024;

    private WireMockServer server;

    private ApplicationContextRunner contextRunner;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        server.stubFor(put(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class, SslAutoConfiguration.class,
                    HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
            .withPropertyValues("minio.access-key=AK", "minio.secret-key=SK", "minio.region=us-east-1",
                    "minio.ssl.bundle=minio-test",
                    "spring.ssl.bundle.pem.minio-test.truststore.certificate=classpath:tls/server.crt");
    }

    @Test
    void httpsSendsUnsignedPayloadsWithACrc32cChecksumByDefault() {
        LoggedRequest put = putOnce(https());
        assertThat(put.getHeader("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD");
        assertThat(put.getHeader("x-amz-checksum-crc32c")).isEqualTo(CONTENT_CRC32C);
    }

    @Test
    void httpSignsPayloadsByDefault() {
        LoggedRequest put = putOnce(http());
        assertThat(put.getHeader("x-amz-content-sha256")).matches(SHA256_HEX);
        assertThat(put.containsHeader("x-amz-checksum-crc32c")).isFalse();
    }

    @Test
    void signedPropertyWinsOverHttps() {
        LoggedRequest put = putOnce(https(), "minio.payload-signing=signed");
        assertThat(put.getHeader("x-amz-content-sha256")).matches(SHA256_HEX);
        assertThat(put.containsHeader("x-amz-checksum-crc32c")).isFalse();
    }

    @Test
    void checksumPropertyWinsOverHttp() {
        LoggedRequest put = putOnce(http(), "minio.payload-signing=checksum");
        assertThat(put.getHeader("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD");
        assertThat(put.getHeader("x-amz-checksum-crc32c")).isEqualTo(CONTENT_CRC32C);
    }

    @Test
    void checksumAlgorithmPropertyChangesTheChecksumOfUnsignedPayloads() {
        LoggedRequest put = putOnce(https(), "minio.checksum-algorithm=sha256");
        assertThat(put.getHeader("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD");
        assertThat(put.getHeader("x-amz-checksum-sha256")).isEqualTo("XTrxY/ORQ7KYQ04cJmL0T4BLTq2DpBOIFzOCvaexyAw=");
        assertThat(put.containsHeader("x-amz-checksum-crc32c")).isFalse();
    }

    @Test
    void checksumAlgorithmPropertyAddsAChecksumToSignedPayloads() {
        LoggedRequest put = putOnce(http(), "minio.checksum-algorithm=crc32c");
        assertThat(put.getHeader("x-amz-content-sha256")).matches(SHA256_HEX);
        assertThat(put.getHeader("x-amz-checksum-crc32c")).isEqualTo(CONTENT_CRC32C);
    }

    @Test
    void httpsMultipartUploadNamesCrc32cOnCreateAndChecksumsEveryPart() {
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploads")).willReturn(aResponse()
            .withBody("<InitiateMultipartUploadResult><UploadId>u-1</UploadId></InitiateMultipartUploadResult>")));
        this.server.stubFor(put(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"p\"")));
        this.server.stubFor(post(urlEqualTo("/bucket/big?uploadId=u-1")).willReturn(aResponse()
            .withBody("<CompleteMultipartUploadResult><ETag>\"all\"</ETag></CompleteMultipartUploadResult>")));
        this.contextRunner.withPropertyValues(https(), "minio.part-size=5MB")
            .run((context) -> context.getBean(MinioTemplate.class)
                .putObject("bucket", "big", new ByteArrayInputStream(new byte[6 * MIB]), 6 * MIB));
        assertThat(this.server.findAll(postRequestedFor(urlEqualTo("/bucket/big?uploads")))
            .get(0)
            .getHeader("x-amz-checksum-algorithm")).isEqualTo("CRC32C");
        assertThat(this.server.findAll(putRequestedFor(urlPathEqualTo("/bucket/big")))).hasSize(2)
            .allSatisfy((part) -> assertThat(part.getHeader("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD"))
            .allSatisfy((part) -> assertThat(part.getHeader("x-amz-checksum-crc32c")).isNotBlank());
        assertThat(
                this.server.findAll(postRequestedFor(urlEqualTo("/bucket/big?uploadId=u-1"))).get(0).getBodyAsString())
            .contains("<ChecksumCRC32C>");
    }

    private LoggedRequest putOnce(String... properties) {
        this.contextRunner.withPropertyValues(properties)
            .run((context) -> context.getBean(MinioTemplate.class)
                .putObject("bucket", "key", new ByteArrayInputStream(CONTENT), CONTENT.length));
        return this.server.findAll(putRequestedFor(urlEqualTo("/bucket/key"))).get(0);
    }

    private String https() {
        return "minio.endpoint=https://localhost:" + this.server.httpsPort();
    }

    private String http() {
        return "minio.endpoint=http://localhost:" + this.server.port();
    }

}
