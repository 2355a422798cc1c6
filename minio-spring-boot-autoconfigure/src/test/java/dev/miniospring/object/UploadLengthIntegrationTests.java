package dev.miniospring.object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload of a declared length reads exactly that many bytes of a longer stream, never
 * more, and leaves the rest of the stream to the caller (as the AWS SDK and MinIO's SDKs
 * do), against a real S3 server (S3Proxy).
 */
@ExtendWith(S3ProxyExtension.class)
class UploadLengthIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.template = S3ProxyExtension.templateBuilder(server).partSize(5 * MIB).build();
        this.bucket = UniqueBucketNames.unique("length");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void singlePutReadsExactlyLengthBytes() throws IOException {
        InputStream data = new ByteArrayInputStream(GeneratedInputStream.bytes(0, 100));
        this.template.putObject(this.bucket, "prefix", data, 60);
        assertThat(data.read()).as("the next byte of the stream").isEqualTo(GeneratedInputStream.byteAt(60) & 0xFF);
        assertStored("prefix", 60);
    }

    @Test
    void multipartUploadReadsExactlyLengthBytes() throws IOException {
        int length = 11 * MIB + 7;
        InputStream data = new GeneratedInputStream(12L * MIB);
        this.template.putObject(this.bucket, "parts", data, length);
        assertThat(data.read()).as("the next byte of the stream").isEqualTo(GeneratedInputStream.byteAt(length) & 0xFF);
        assertStored("parts", length);
    }

    private void assertStored(String key, int length) throws IOException {
        try (GetObjectResponse object = this.template.getObject(this.bucket, key)) {
            assertThat(object.readAllBytes()).containsExactly(GeneratedInputStream.bytes(0, length));
        }
    }

}
