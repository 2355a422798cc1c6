package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.bucket.VersioningStatus;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.internal.upload.MultipartCopier;
import dev.miniospring.internal.upload.MultipartCopySizes;
import dev.miniospring.internal.upload.UploadSettings;
import dev.miniospring.object.ComposeObjectOptions;
import dev.miniospring.object.ComposeSource;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code composeObject} and the multipart path of {@code copyObject} on a real S3 server
 * (S3Proxy; Ceph RGW too with -Pceph), with the multipart copy threshold and part size
 * lowered to 5 MiB so that small objects take that path; contents are compared byte for
 * byte, and a failed compose leaves no upload behind. Ceph RGW 16.2 ignores
 * {@code x-amz-copy-source-if-match} on UploadPartCopy (a source in a versioned bucket is
 * pinned to its version instead), and decrypts an SSE-C source with the target's customer
 * key rather than the {@code x-amz-copy-source-server-side-encryption-customer-*} one, so
 * that only a compose keeping the key works there.
 */
@S3ServerTest
class ObjectComposeIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private static final MultipartCopySizes SMALL_PARTS = new MultipartCopySizes(5 * MIB, 5 * MIB);

    private static final CustomerKey SOURCE_KEY = ServerSideEncryption.customerKey(new byte[32]);

    private static final CustomerKey TARGET_KEY = ServerSideEncryption
        .customerKey("0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private ObjectFixtures fixtures;

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.fixtures = new ObjectFixtures(server);
        this.template = S3ServerExtension.templateBuilder(server)
            .multipartCopySizes(SMALL_PARTS)
            .uploadConcurrency(2)
            .build();
        this.bucket = this.fixtures.newBucket("compose");
    }

    @Test
    void composesThreeSourcesOneOfThemARangeByteForByte() throws IOException {
        byte[] first = put("first", 12 * MIB + 7, 1);
        byte[] second = put("second", 7 * MIB, 2);
        byte[] third = put("third", 1000, 3);
        List<ComposeSource> sources = List.of(ComposeSource.of(this.bucket, "first"),
                ComposeSource.of(this.bucket, "second").withRange(MIB + 3, 5 * MIB + 1),
                ComposeSource.of(this.bucket, "third").withOffset(10));
        ObjectWriteResponse written = this.template.composeObject(this.bucket, "composed", sources,
                ComposeObjectOptions.none().withContentType("application/x-composed").withMetadata(Map.of("a", "b")));
        byte[] expected = concat(first, Arrays.copyOfRange(second, MIB + 3, 6 * MIB + 4),
                Arrays.copyOfRange(third, 10, 1000));
        assertThat(read("composed")).isEqualTo(expected);
        StatObjectResponse stat = this.template.statObject(this.bucket, "composed");
        assertThat(stat.etag()).isEqualTo(written.etag()).endsWith("-4");
        assertThat(stat.size()).isEqualTo(expected.length);
        assertThat(stat.contentType()).isEqualTo("application/x-composed");
        assertThat(stat.userMetadata()).isEqualTo(Map.of("a", "b"));
    }

    @Test
    void copiesASourceAboveTheThresholdInPartsWithItsAttributes() throws IOException {
        byte[] content = put("big", 12 * MIB, 4);
        ObjectWriteResponse written = this.template.copyObject(this.bucket, "copy", CopySource.of(this.bucket, "big"),
                CopyObjectOptions.none());
        assertThat(read("copy")).isEqualTo(content);
        StatObjectResponse stat = this.template.statObject(this.bucket, "copy");
        assertThat(stat.etag()).isEqualTo(written.etag()).endsWith("-2");
        assertThat(stat.contentType()).isEqualTo("application/x-test");
        assertThat(stat.userMetadata()).isEqualTo(Map.of("origin", "big"));
    }

    @Test
    void sourceChangedAfterItsHeadFailsTheComposeAndLeavesNoUpload(S3TestServer server) {
        ServerQuirks.assumeNotCephRgw(server, "RGW 16.2 ignores x-amz-copy-source-if-match on UploadPartCopy: the "
                + "part copies the changed source");
        put("stable", 6 * MIB, 5);
        put("changing", MIB, 6);
        ObjectComposeResource compose = composeResource((bucket, key, options) -> {
            StatObjectResponse stat = this.template.statObject(bucket, key, options);
            if (key.equals("changing")) {
                put("changing", MIB, 7);
            }
            return stat;
        });
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> compose.composeObject(this.bucket, "composed",
                    List.of(ComposeSource.of(this.bucket, "stable"), ComposeSource.of(this.bucket, "changing")),
                    ComposeObjectOptions.none()))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("PreconditionFailed"));
        assertThat(this.template.listIncompleteUploads(this.bucket, null, true)).isEmpty();
        assertThat(this.template.objectExists(this.bucket, "composed")).isFalse();
    }

    @Test
    void versionedSourceChangedAfterItsHeadIsComposedFromTheVersionItRead(S3TestServer server) throws IOException {
        ServerQuirks.assumeNotS3Proxy(server, "no versioning");
        this.template.setBucketVersioning(this.bucket, VersioningStatus.ENABLED);
        byte[] stable = put("stable", 6 * MIB, 8);
        byte[] read = put("changing", MIB, 9);
        ObjectComposeResource compose = composeResource((bucket, key, options) -> {
            StatObjectResponse stat = this.template.statObject(bucket, key, options);
            put(key, MIB, 10);
            return stat;
        });
        compose.composeObject(this.bucket, "composed",
                List.of(ComposeSource.of(this.bucket, "stable"), ComposeSource.of(this.bucket, "changing")),
                ComposeObjectOptions.none());
        assertThat(read("composed")).isEqualTo(concat(stable, read));
    }

    @Test
    void composesCustomerKeySourcesIntoACustomerKeyObject(S3TestServer server) throws IOException {
        ServerQuirks.assumeNotS3Proxy(server, "no SSE-C");
        MinioTemplate sse = customerKeyTemplate(server);
        byte[] secret = putSecret(sse, "secret", SOURCE_KEY);
        byte[] plain = put("plain", 1000, 12);
        sse.composeObject(this.bucket, "composed",
                List.of(ComposeSource.of(CopySource.of(this.bucket, "secret").withCustomerKey(SOURCE_KEY)),
                        ComposeSource.of(this.bucket, "plain")),
                ComposeObjectOptions.none().withEncryption(SOURCE_KEY));
        try (GetObjectResponse object = sse.getObject(this.bucket, "composed",
                GetObjectOptions.none().withCustomerKey(SOURCE_KEY))) {
            assertThat(object.readAllBytes()).isEqualTo(concat(secret, plain));
        }
    }

    @Test
    void reKeyingComposeIsRefusedByRgwAndLeavesNoUpload(S3TestServer server) {
        ServerQuirks.assumeNotS3Proxy(server, "no SSE-C");
        MinioTemplate sse = customerKeyTemplate(server);
        putSecret(sse, "secret", SOURCE_KEY);
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> sse.composeObject(this.bucket, "composed",
                    List.of(ComposeSource.of(CopySource.of(this.bucket, "secret").withCustomerKey(SOURCE_KEY))),
                    ComposeObjectOptions.none().withEncryption(TARGET_KEY)))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("InvalidArgument"));
        assertThat(this.template.listIncompleteUploads(this.bucket, null, true)).isEmpty();
        assertThat(this.template.objectExists(this.bucket, "composed")).isFalse();
    }

    private MinioTemplate customerKeyTemplate(S3TestServer server) {
        return S3ServerExtension.templateBuilder(server)
            .multipartCopySizes(SMALL_PARTS)
            .allowCustomerKeysOverHttp(true)
            .build();
    }

    private byte[] putSecret(MinioTemplate sse, String key, CustomerKey customerKey) {
        byte[] content = new byte[6 * MIB];
        new Random(11).nextBytes(content);
        sse.putObject(this.bucket, key, new ByteArrayInputStream(content), content.length,
                PutObjectOptions.none().withEncryption(customerKey));
        return content;
    }

    private ObjectComposeResource composeResource(ObjectComposeResource.SourceHeads heads) {
        MultipartCopier copier = new MultipartCopier(this.fixtures.transport(), new UploadSettings(5 * MIB, 2),
                new MultipartUploadResource(this.fixtures.transport()));
        return new ObjectComposeResource(copier, SMALL_PARTS,
                new CustomerKeyGuard(this.fixtures.transport().endpoint().baseUri(), false), PayloadSigning.SIGNED,
                heads);
    }

    private byte[] put(String key, int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        this.template.putObject(this.bucket, key, new ByteArrayInputStream(content), size,
                PutObjectOptions.none().withContentType("application/x-test").withMetadata(Map.of("origin", key)));
        return content;
    }

    private byte[] read(String key) throws IOException {
        try (GetObjectResponse object = this.template.getObject(this.bucket, key)) {
            return object.readAllBytes();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt((part) -> part.length).sum();
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

}
