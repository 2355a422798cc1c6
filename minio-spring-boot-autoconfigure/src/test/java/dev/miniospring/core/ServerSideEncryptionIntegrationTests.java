package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectEncryption;
import dev.miniospring.object.ObjectEncryption.Type;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Server-side encryption on Ceph RGW 16.2 (SSE-C accepted over plain http and SSE-KMS on
 * its testing key backend, both set by the launcher's {@code ceph.conf}). RGW 16.2
 * answers 501 to a copy of an encrypted source, accepts SSE-S3 without reporting it, and
 * ignores the encryption of a copy target (the copy is read without a key); the request
 * shapes are tested on WireMock ({@link ServerSideEncryptionTests}).
 */
@CephRgwTest
class ServerSideEncryptionIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private static final CustomerKey KEY = key((byte) 1);

    private static final CustomerKey OTHER_KEY = key((byte) 2);

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.template = S3ServerExtension.templateBuilder(server)
            .allowCustomerKeysOverHttp(true)
            .partSize(5 * MIB)
            .build();
        this.bucket = UniqueBucketNames.unique("sse");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void customerKeyMultipartUploadRoundTrips() throws IOException {
        this.template.putObject(this.bucket, "big", new GeneratedInputStream(11 * MIB), 11 * MIB,
                PutObjectOptions.none().withEncryption(KEY));
        assertThat(this.template.statObject(this.bucket, "big", StatObjectOptions.none().withCustomerKey(KEY))
            .encryption()).isEqualTo(new ObjectEncryption(Type.CUSTOMER_KEY, null, KEY.base64KeyMd5()));
        try (GetObjectResponse object = this.template.getObject(this.bucket, "big",
                GetObjectOptions.none().withCustomerKey(KEY))) {
            assertThat(object).hasSameContentAs(new GeneratedInputStream(11 * MIB));
        }
    }

    @Test
    void customerKeyObjectIsNotReadWithoutItsKey() {
        putSmall("small", PutObjectOptions.none().withEncryption(KEY));
        assertInvalidArgument(() -> read("small", GetObjectOptions.none()),
                "must provide a valid encryption algorithm");
    }

    @Test
    void customerKeyObjectIsNotReadWithAnotherKey() {
        putSmall("small", PutObjectOptions.none().withEncryption(KEY));
        assertInvalidArgument(() -> read("small", GetObjectOptions.none().withCustomerKey(OTHER_KEY)),
                "MD5 hash of the key did not match");
    }

    @Test
    void copyOfAnEncryptedSourceIsNotImplementedByRgw() {
        putSmall("small", PutObjectOptions.none().withEncryption(KEY));
        putSmall("kms", PutObjectOptions.none().withEncryption(ServerSideEncryption.kms(CephRgwServer.KMS_KEY_ID)));
        assertNotImplemented(() -> this.template.copyObject(this.bucket, "copy",
                CopySource.of(this.bucket, "small").withCustomerKey(KEY),
                CopyObjectOptions.none().withEncryption(OTHER_KEY)));
        assertNotImplemented(() -> this.template.copyObject(this.bucket, "copy", CopySource.of(this.bucket, "kms"),
                CopyObjectOptions.none()));
        assertThat(this.template.objectExists(this.bucket, "copy")).isFalse();
    }

    @Test
    void kmsKeyEncryptsAndIsReported() throws IOException {
        putSmall("kms", PutObjectOptions.none()
            .withEncryption(ServerSideEncryption.kms(CephRgwServer.KMS_KEY_ID).withContext(Map.of("app", "test"))));
        assertThat(this.template.statObject(this.bucket, "kms").encryption())
            .isEqualTo(new ObjectEncryption(Type.KMS, CephRgwServer.KMS_KEY_ID, null));
        assertThat(read("kms", GetObjectOptions.none())).isEqualTo("abc");
    }

    @Test
    void kmsKeyUnknownToTheServerIsRefused() {
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> putSmall("kms", PutObjectOptions.none().withEncryption(ServerSideEncryption.kms("nope"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("InvalidAccessKeyId"));
        assertThat(this.template.objectExists(this.bucket, "kms")).isFalse();
    }

    @Test
    void s3ManagedKeysAreAcceptedButNotReportedByRgw() throws IOException {
        putSmall("s3", PutObjectOptions.none().withEncryption(ServerSideEncryption.s3()));
        assertThat(this.template.statObject(this.bucket, "s3").encryption()).isNull();
        assertThat(read("s3", GetObjectOptions.none())).isEqualTo("abc");
    }

    @Test
    void copyTargetEncryptionIsIgnoredByRgw() throws IOException {
        putSmall("plain", PutObjectOptions.none());
        this.template.copyObject(this.bucket, "customer-key", CopySource.of(this.bucket, "plain"),
                CopyObjectOptions.none().withEncryption(OTHER_KEY));
        this.template.copyObject(this.bucket, "kms", CopySource.of(this.bucket, "plain"),
                CopyObjectOptions.none().withEncryption(ServerSideEncryption.kms(CephRgwServer.KMS_KEY_ID)));
        assertThat(read("customer-key", GetObjectOptions.none())).isEqualTo("abc");
        assertThat(this.template.statObject(this.bucket, "customer-key").encryption()).isNull();
        assertThat(this.template.statObject(this.bucket, "kms").encryption()).isNull();
    }

    private void assertInvalidArgument(ThrowingCallable call, String message) {
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(call)
            .withMessageContaining(message)
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(400);
                assertThat(ex.code()).isEqualTo("InvalidArgument");
            });
    }

    private void assertNotImplemented(ThrowingCallable call) {
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(call)
            .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(501));
    }

    private void putSmall(String key, PutObjectOptions options) {
        byte[] data = "abc".getBytes(StandardCharsets.UTF_8);
        this.template.putObject(this.bucket, key, new ByteArrayInputStream(data), data.length, options);
    }

    private String read(String key, GetObjectOptions options) throws IOException {
        try (GetObjectResponse object = this.template.getObject(this.bucket, key, options)) {
            return new String(object.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CustomerKey key(byte value) {
        byte[] key = new byte[32];
        Arrays.fill(key, value);
        return ServerSideEncryption.customerKey(key);
    }

}
