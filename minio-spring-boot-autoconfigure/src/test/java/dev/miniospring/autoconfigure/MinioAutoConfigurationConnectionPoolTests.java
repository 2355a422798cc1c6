package dev.miniospring.autoconfigure;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The connection pool of the auto-configured template ({@code minio.max-connections})
 * against S3Proxy: downloads held open by callers never starve the uploads they feed, and
 * a wait for a connection is bounded.
 */
@ExtendWith(S3ProxyExtension.class)
class MinioAutoConfigurationConnectionPoolTests {

    private static final int MIB = 1024 * 1024;

    private ApplicationContextRunner runner;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + server.endpoint(), "minio.access-key=" + server.accessKey(),
                    "minio.secret-key=" + server.secretKey(), "minio.region=us-east-1");
    }

    @Test
    void callersStreamingDownloadsIntoMultipartUploadsDoNotDeadlockThePool() {
        int callers = 2;
        this.runner.withPropertyValues("minio.max-connections=" + callers, "minio.part-size=5MB").run((context) -> {
            MinioTemplate template = context.getBean(MinioTemplate.class);
            String bucket = UniqueBucketNames.unique("pool");
            template.makeBucket(bucket);
            byte[] content = new byte[11 * MIB];
            new Random(7).nextBytes(content);
            template.putObject(bucket, "source", new ByteArrayInputStream(content), content.length);
            List<Callable<String>> copies = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                String target = "copy-" + caller;
                copies.add(() -> copy(template, bucket, target));
            }
            List<String> etags = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runAll(copies));
            assertThat(etags).hasSize(callers).doesNotContainNull();
            for (int caller = 0; caller < callers; caller++) {
                assertThat(template.statObject(bucket, "copy-" + caller).size()).isEqualTo(content.length);
            }
        });
    }

    @Test
    void aWaitForAPooledConnectionIsBoundedAndSaysWhatToRaise() {
        this.runner.withPropertyValues("minio.max-connections=1", "minio.connection-acquisition-timeout=300ms")
            .run((context) -> {
                MinioTemplate template = context.getBean(MinioTemplate.class);
                String bucket = UniqueBucketNames.unique("pool");
                template.makeBucket(bucket);
                template.putObject(bucket, "held", new ByteArrayInputStream(new byte[2 * MIB]), 2 * MIB);
                try (GetObjectResponse held = template.getObject(bucket, "held")) {
                    assertThat(held.read()).isNotNegative();
                    assertThatExceptionOfType(MinioTransportException.class)
                        .isThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(20),
                                () -> template.statObject(bucket, "held")))
                        .withMessageContaining("max-connections: 1")
                        .withMessageContaining("minio.max-connections");
                }
                assertThat(template.statObject(bucket, "held").size()).isEqualTo(2 * MIB);
            });
    }

    private static String copy(MinioTemplate template, String bucket, String target) throws Exception {
        try (GetObjectResponse source = template.getObject(bucket, "source")) {
            return template.putObject(bucket, target, source, -1).etag();
        }
    }

    private static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
        try {
            List<String> results = new ArrayList<>();
            for (Future<String> future : executor.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        }
        finally {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

}
