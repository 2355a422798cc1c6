package dev.miniospring.resource;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import dev.miniospring.autoconfigure.MinioResourceAutoConfiguration;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.ForkedJvm;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.WritableResource;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * {@code minio://} resources of the auto-configuration against a real,
 * signature-verifying S3 server (S3Proxy; Ceph RGW too with -Pceph): injection, write
 * then read, patterns, missing objects and failed writes.
 */
@S3ServerTest
class MinioResourceIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private ApplicationContextRunner runner;

    private String bucket;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.bucket = UniqueBucketNames.unique("resources");
        this.runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(MinioAutoConfiguration.class, MinioResourceAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + server.endpoint(), "minio.access-key=" + server.accessKey(),
                    "minio.secret-key=" + server.secretKey(), "minio.region=us-east-1", "minio.part-size=5MB",
                    "test.bucket=" + this.bucket);
    }

    @Test
    void injectedResourceIsWrittenThenReadWithOneHeadForItsMetadata() {
        this.runner.withUserConfiguration(Reports.class).run((context) -> {
            context.getBean(MinioTemplate.class).makeBucket(this.bucket);
            Resource report = context.getBean(Reports.class).report;
            assertThat(report).isInstanceOf(MinioResource.class);
            assertThat(report.exists()).isFalse();
            Instant before = Instant.now().minusSeconds(5);
            try (OutputStream output = ((WritableResource) report).getOutputStream()) {
                output.write("quarter,revenue\nq3,42\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(report.exists()).isTrue();
            assertThat(report.contentLength()).isEqualTo(22);
            assertThat(report.lastModified()).isGreaterThan(before.toEpochMilli());
            assertThat(report.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("quarter,revenue\nq3,42\n");
            assertThat(context.getBean(MinioTemplate.class).statObject(this.bucket, "reports/q3.csv").contentType())
                .isEqualTo("text/csv");
            assertThat(report.getFilename()).isEqualTo("q3.csv");
            assertThat(report.getDescription()).isEqualTo("MinIO object [minio://" + this.bucket + "/reports/q3.csv]");
        });
    }

    @Test
    void resourceLoaderResolvesAMissingKeyThatDoesNotExist() {
        this.runner.run((context) -> {
            context.getBean(MinioTemplate.class).makeBucket(this.bucket);
            Resource missing = context.getResource("minio://" + this.bucket + "/nothing/here.txt");
            assertThat(missing.exists()).isFalse();
            assertThat(missing.isReadable()).isFalse();
            assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(missing::getInputStream)
                .withMessageContaining("does not exist (NoSuchKey)");
            assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(missing::contentLength);
            Resource noBucket = context.getResource("minio://" + this.bucket + "-gone/a.txt");
            assertThat(noBucket.exists()).isFalse();
        });
    }

    @Test
    void largeWriteStreamsAsAMultipartUploadAndReadsBackStreaming() {
        this.runner.run((context) -> {
            context.getBean(MinioTemplate.class).makeBucket(this.bucket);
            WritableResource resource = (WritableResource) context.getResource("minio://" + this.bucket + "/big.bin");
            byte[] content = new byte[12 * MIB + 17];
            new Random(3).nextBytes(content);
            try (OutputStream output = resource.getOutputStream()) {
                for (int offset = 0; offset < content.length; offset += 100_000) {
                    output.write(content, offset, Math.min(100_000, content.length - offset));
                }
            }
            assertThat(resource.contentLength()).isEqualTo(content.length);
            try (InputStream input = resource.getInputStream()) {
                assertThat(Arrays.equals(StreamUtils.copyToByteArray(input), content)).isTrue();
            }
            assertThat(context.getBean(MinioTemplate.class).statObject(this.bucket, "big.bin").etag()).endsWith("-3");
        });
    }

    @Test
    void writingAQuarterGibibyteFitsInA96MibHeap(S3TestServer server) throws Exception {
        MinioTemplate template = S3ServerExtension.templateBuilder(server).build();
        template.makeBucket(this.bucket);
        long size = 256L * MIB;
        ForkedJvm.run("-Xmx96m", ForkedResourceWriteMain.class, server.endpoint().toString(), server.accessKey(),
                server.secretKey(), this.bucket, "forked/256mib", Long.toString(size));
        assertThat(template.statObject(this.bucket, "forked/256mib").size()).isEqualTo(size);
        try (InputStream tail = template.getPartialObject(this.bucket, "forked/256mib", size - 1000, 1000)) {
            assertThat(tail.readAllBytes()).containsExactly(GeneratedInputStream.bytes(size - 1000, 1000));
        }
    }

    @Test
    void patternsListFromTheFixedPrefixAndMatchEveryKey() {
        this.runner.run((context) -> {
            MinioTemplate template = context.getBean(MinioTemplate.class);
            template.makeBucket(this.bucket);
            for (String key : new String[] { "logs/a.json", "logs/2026/11/b.json", "logs/2026/c.txt", "other/d.json",
                    "logsx/e.json" }) {
                template.putObject(this.bucket, key, InputStream.nullInputStream(), 0);
            }
            MinioResourcePatternResolver resolver = context.getBean(MinioResourcePatternResolver.class);
            assertThat(resolver.getResources("minio://" + this.bucket + "/logs/**/*.json"))
                .extracting(Resource::getDescription)
                .containsExactly(description("logs/2026/11/b.json"), description("logs/a.json"));
            assertThat(resolver.getResources("minio://" + this.bucket + "/*/?.json")).extracting(Resource::getFilename)
                .containsExactly("a.json", "e.json", "d.json");
            assertThat(resolver.getResources("classpath*:META-INF/spring/*.imports")).isNotEmpty();
        });
    }

    @Test
    void resourceArraysAreInjectedFromPatterns(S3TestServer server) {
        MinioTemplate template = S3ServerExtension.templateBuilder(server).build();
        template.makeBucket(this.bucket);
        for (String key : new String[] { "logs/a.json", "logs/x/b.json", "logs/c.txt" }) {
            template.putObject(this.bucket, key, InputStream.nullInputStream(), 0);
        }
        this.runner.withBean(LogFiles.class).run((context) -> {
            LogFiles files = context.getBean(LogFiles.class);
            assertThat(files.logs).extracting(Resource::getFilename).containsExactly("a.json", "b.json");
            assertThat(files.imports).isNotEmpty().allSatisfy((resource) -> assertThat(resource.exists()).isTrue());
        });
    }

    @Test
    void abortedWriteLeavesNothingNotEvenAnIncompleteUpload() {
        this.runner.run((context) -> {
            MinioTemplate template = context.getBean(MinioTemplate.class);
            template.makeBucket(this.bucket);
            MinioResource resource = (MinioResource) context.getResource("minio://" + this.bucket + "/partial.bin");
            UploadOutputStream output = resource.getOutputStream();
            output.write(new byte[11 * MIB]);
            output.abort();
            assertThatIOException().isThrownBy(() -> output.write(1)).withMessageContaining("is closed");
            output.close();
            awaitNoIncompleteUpload(template);
            assertThat(resource.exists()).isFalse();
        });
    }

    @Test
    void writeToAMissingBucketFailsOnCloseAndStoresNothing() {
        this.runner.run((context) -> {
            WritableResource resource = (WritableResource) context.getResource("minio://" + this.bucket + "/a.txt");
            OutputStream output = resource.getOutputStream();
            output.write("lost".getBytes(StandardCharsets.UTF_8));
            assertThatIOException().isThrownBy(output::close)
                .withMessageContaining("Could not store minio://" + this.bucket + "/a.txt")
                .withRootCauseInstanceOf(dev.miniospring.MinioErrorResponseException.class);
            assertThat(context.getBean(MinioTemplate.class).bucketExists(this.bucket)).isFalse();
        });
    }

    @Test
    void urlIsAPresignedUrlThatDownloadsTheObject() {
        this.runner.run((context) -> {
            MinioTemplate template = context.getBean(MinioTemplate.class);
            template.makeBucket(this.bucket);
            template.putObject(this.bucket, "dir/shared.txt", new java.io.ByteArrayInputStream(new byte[] { 'o', 'k' }),
                    2);
            Resource resource = context.getResource("minio://" + this.bucket + "/dir/").createRelative("shared.txt");
            URI uri = resource.getURI();
            assertThat(uri.getQuery()).contains("X-Amz-Signature=").contains("X-Amz-Expires=3600");
            HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok");
        });
    }

    private String description(String key) {
        return "MinIO object [minio://" + this.bucket + "/" + key + "]";
    }

    private void awaitNoIncompleteUpload(MinioTemplate template) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (template.listIncompleteUploads(this.bucket, null, true).findAny().isPresent()) {
            assertThat(System.nanoTime()).as("incomplete upload aborted within 20 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    static class LogFiles {

        @Value("minio://${test.bucket}/logs/**/*.json")
        Resource[] logs;

        @Value("classpath*:META-INF/spring/*.imports")
        Resource[] imports;

    }

    @Configuration(proxyBeanMethods = false)
    static class Reports {

        @Value("minio://${test.bucket}/reports/q3.csv")
        Resource report;

        @Bean
        String marker() {
            return "reports";
        }

    }

}
