package dev.miniospring.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.Item;
import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link CephRgwServer}: a started gateway verifies signatures with its fresh keys, and
 * closing it stops every daemon.
 */
@CephRgwTest
class CephRgwServerTests {

    @Test
    void storesListsAndRemovesObjectsWithVerifiedSignatures(CephRgwServer server) throws IOException {
        MinioTemplate template = S3ServerExtension.templateBuilder(server).build();
        String bucket = UniqueBucketNames.unique("rgw");
        template.makeBucket(bucket);
        byte[] content = "stored in RADOS".getBytes(StandardCharsets.UTF_8);
        template.putObject(bucket, "dir/hello.txt", new ByteArrayInputStream(content), content.length);
        try (GetObjectResponse object = template.getObject(bucket, "dir/hello.txt")) {
            assertThat(object.readAllBytes()).isEqualTo(content);
        }
        assertThat(template.listObjectsV2(bucket, "dir/", true).map(Item::name)).containsExactly("dir/hello.txt");
        template.removeObject(bucket, "dir/hello.txt");
        template.removeBucket(bucket);
        assertThat(template.bucketExists(bucket)).isFalse();
    }

    @Test
    void wrongSecretIsRefusedWithSignatureDoesNotMatch(CephRgwServer server) {
        MinioTemplate wrongSecret = MinioTemplate.builder()
            .endpoint(server.endpoint().toString())
            .credentials(server.accessKey(), server.secretKey() + "x")
            .build();
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(wrongSecret::listBuckets)
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(403);
                assertThat(ex.code()).isEqualTo("SignatureDoesNotMatch");
            });
    }

    @Test
    void secondServerRunsBesideTheFirstAndCloseStopsEveryDaemon(CephRgwServer first) throws IOException {
        CephRgwServer second = CephRgwServer.start();
        List<ProcessHandle> daemons = second.daemons();
        assertThat(second.endpoint()).isNotEqualTo(first.endpoint());
        assertThat(second.accessKey()).isNotEqualTo(first.accessKey());
        assertThat(daemons).hasSize(3).allMatch(ProcessHandle::isAlive);
        assertThat(status(second)).isEqualTo(404);
        second.close();
        assertThat(daemons).noneMatch(ProcessHandle::isAlive);
        assertThat(second.daemons()).isEmpty();
        assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> status(second));
        assertThat(status(first)).isEqualTo(404);
    }

    private static int status(CephRgwServer server) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) server.endpoint()
            .resolve("/no-such-bucket")
            .toURL()
            .openConnection();
        try {
            return connection.getResponseCode();
        }
        finally {
            connection.disconnect();
        }
    }

}
