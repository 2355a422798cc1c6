package dev.miniospring.internal.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.Upload;
import dev.miniospring.test.FaultyRequestFactory;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A CreateMultipartUpload whose answer is lost after the server started the upload, then
 * retried, leaves no upload behind on a real S3 server (S3Proxy); uploads of other keys
 * are kept.
 */
@ExtendWith(S3ProxyExtension.class)
class MultipartUploadCreationIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));

    private S3ProxyServer server;

    private ObjectFixtures fixtures;

    private String bucket;

    private String otherUpload;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.server = server;
        this.fixtures = new ObjectFixtures(server);
        this.bucket = this.fixtures.newBucket("create");
        this.otherUpload = this.fixtures.startUpload(this.bucket, "big.bin.other");
    }

    @Test
    void answerLostOnceLeavesOnlyTheObject() throws IOException {
        FaultyRequestFactory factory = losingCreateAnswers(1);
        MinioTemplate template = template(factory);
        byte[] data = new byte[11 * MIB];
        new Random(11).nextBytes(data);
        template.putObject(this.bucket, "big.bin", new ByteArrayInputStream(data), data.length);
        assertThat(factory.injected()).isOne();
        assertThat(factory.matched()).isEqualTo(2);
        assertThat(template.listIncompleteUploads(this.bucket, null, true)).extracting(Upload::uploadId)
            .containsExactly(this.otherUpload);
        try (GetObjectResponse object = template.getObject(this.bucket, "big.bin")) {
            assertThat(object.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void answerAlwaysLostFailsAndLeavesNothing() {
        FaultyRequestFactory factory = losingCreateAnswers(Integer.MAX_VALUE);
        MinioTemplate template = template(factory);
        assertThatExceptionOfType(MinioTransportException.class)
            .isThrownBy(() -> template.putObject(this.bucket, "big.bin", new GeneratedInputStream(11 * MIB), -1))
            .withMessageContaining("Connection reset after the server answered (injected)");
        assertThat(factory.injected()).isEqualTo(FAST.maxAttempts());
        assertThat(template.listIncompleteUploads(this.bucket, null, true)).extracting(Upload::uploadId)
            .containsExactly(this.otherUpload);
        assertThat(template.objectExists(this.bucket, "big.bin")).isFalse();
    }

    private MinioTemplate template(FaultyRequestFactory factory) {
        return S3ProxyExtension.templateBuilder(this.server)
            .region("us-east-1")
            .retryPolicy(FAST)
            .partSize(5 * MIB)
            .requestFactory(factory)
            .build();
    }

    private static FaultyRequestFactory losingCreateAnswers(int failures) {
        return FaultyRequestFactory.losingResponses(new JdkClientHttpRequestFactory(),
                (method, uri) -> method == HttpMethod.POST && "uploads".equals(uri.getRawQuery()), failures);
    }

}
