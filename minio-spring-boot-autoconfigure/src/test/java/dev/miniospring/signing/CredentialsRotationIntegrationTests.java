package dev.miniospring.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.testserver.S3TestServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Credentials read from files rotate on a signature-verifying server: once the files hold
 * the server's keys, the next requests and presigned URLs are signed with them.
 */
@S3ServerTest
class CredentialsRotationIntegrationTests {

    @Test
    void requestsAfterAFileChangeAreSignedWithTheNewKeys(S3TestServer server, @TempDir Path directory)
            throws Exception {
        Path accessKey = Files.writeString(directory.resolve("access-key"), server.accessKey());
        Path secretKey = Files.writeString(directory.resolve("secret-key"), "not-" + server.secretKey());
        MinioTemplate template = S3ServerExtension.templateBuilder(server)
            .credentialsProvider(
                    RefreshingCredentialsProvider.fromFiles(accessKey, secretKey, null, Duration.ofMillis(1)))
            .region("us-east-1")
            .build();
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(template::listBuckets)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("SignatureDoesNotMatch"));
        Files.writeString(secretKey, server.secretKey());
        Awaitility.await()
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(20))
            .ignoreException(MinioErrorResponseException.class)
            .untilAsserted(() -> assertThat(template.listBuckets()).isNotNull());
    }

}
