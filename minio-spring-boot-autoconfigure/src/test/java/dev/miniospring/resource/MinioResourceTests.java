package dev.miniospring.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.Allocations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code minio://} locations, relative resources, identity, URLs and the writer's bounded
 * waits, without a server (nothing here sends a request).
 */
@Timeout(30)
class MinioResourceTests {

    private final MinioTemplate anonymous = MinioTemplate.builder()
        .endpoint("http://127.0.0.1:9")
        .region("us-east-1")
        .build();

    private final MinioProtocolResolver resolver = new MinioProtocolResolver(() -> this.anonymous,
            ResourceSettings.DEFAULTS);

    @Test
    void protocolResolverResolvesOnlyMinioLocations() {
        DefaultResourceLoader loader = new DefaultResourceLoader();
        loader.addProtocolResolver(this.resolver);
        assertThat(loader.getResource("MINIO://photos/2026/a b.jpg")).isInstanceOfSatisfying(MinioResource.class,
                (resource) -> {
                    assertThat(resource.bucket()).isEqualTo("photos");
                    assertThat(resource.key()).isEqualTo("2026/a b.jpg");
                });
        assertThat(loader.getResource("classpath:x.txt")).isNotInstanceOf(MinioResource.class);
        assertThatIllegalArgumentException().isThrownBy(() -> loader.getResource("minio:///key"))
            .withMessageContaining("'location' must name a bucket");
        assertThatIllegalArgumentException().isThrownBy(() -> loader.getResource("minio://"))
            .withMessageContaining("'location' must name a bucket");
    }

    @Test
    void createRelativeResolvesAgainstTheKeysDirectory() {
        MinioResource report = this.resolver.resolve("minio://reports/2026/q3.csv");
        assertThat(report.createRelative("q4.csv").key()).isEqualTo("2026/q4.csv");
        assertThat(report.createRelative("/q4.csv").key()).isEqualTo("2026/q4.csv");
        assertThat(report.createRelative("../2025/./q4.csv").key()).isEqualTo("2025/q4.csv");
        assertThat(report.createRelative("..").key()).isEmpty();
        assertThat(this.resolver.resolve("minio://reports").createRelative("a.csv").key()).isEqualTo("a.csv");
        assertThat(this.resolver.resolve("minio://reports/2026/").createRelative("x/").key()).isEqualTo("2026/x/");
        assertThatIllegalArgumentException().isThrownBy(() -> report.createRelative("../../x"))
            .withMessageContaining("'relativePath' must stay inside the bucket");
    }

    @Test
    void equalityIsBucketKeyAndTemplate() {
        MinioResource resource = this.resolver.resolve("minio://reports/q3.csv");
        assertThat(resource).isEqualTo(this.resolver.resolve("minio://reports/q3.csv"))
            .hasSameHashCodeAs(this.resolver.resolve("minio://reports/q3.csv"))
            .isNotEqualTo(this.resolver.resolve("minio://reports/q4.csv"))
            .isNotEqualTo(this.resolver.resolve("minio://other/q3.csv"))
            .isNotEqualTo(new MinioResource(MinioTemplate.builder().endpoint("http://127.0.0.1:9").build(), "reports",
                    "q3.csv", ResourceSettings.DEFAULTS));
        assertThat(resource.getFilename()).isEqualTo("q3.csv");
        assertThat(resource.toString()).isEqualTo("MinIO object [minio://reports/q3.csv]");
    }

    @Test
    void prefixesAreNotObjects() {
        MinioResource prefix = this.resolver.resolve("minio://reports/2026/");
        assertThat(prefix.exists()).isFalse();
        assertThat(prefix.getFilename()).isNull();
        assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(prefix::getInputStream)
            .withMessageContaining("is a prefix, not an object: list it with MinioResourcePatternResolver");
        assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(prefix::getOutputStream);
        assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(prefix::contentLength);
    }

    @Test
    void patternsInTheContextsOwnResolverFailClearlyInsteadOfFindingNothing() {
        DefaultResourceLoader loader = new DefaultResourceLoader();
        loader.addProtocolResolver(this.resolver);
        PathMatchingResourcePatternResolver plain = new PathMatchingResourcePatternResolver(loader);
        assertThatIOException().isThrownBy(() -> plain.getResources("minio://reports/**/*.csv"))
            .withMessageContaining("list it with MinioResourcePatternResolver");
    }

    @Test
    void urlNeedsCredentialsAndIsNeverAPlainUrl() throws IOException {
        MinioResource resource = this.resolver.resolve("minio://reports/q3.csv");
        assertThatIOException().isThrownBy(resource::getURL)
            .withMessageStartingWith("No URL for MinIO object [minio://reports/q3.csv]")
            .withCauseInstanceOf(IllegalStateException.class);
        MinioTemplate signed = MinioTemplate.builder()
            .endpoint("http://127.0.0.1:9")
            .region("us-east-1")
            .credentials("access", "secret-key-1")
            .build();
        Resource presigned = new MinioResource(signed, "reports", "q3.csv",
                new ResourceSettings(Duration.ofMinutes(5), Duration.ofSeconds(1), 16));
        assertThat(presigned.getURI().toString()).startsWith("http://127.0.0.1:9/reports/q3.csv?")
            .contains("X-Amz-Expires=300");
    }

    @Test
    void patternResolverRejectsWildcardBuckets() throws IOException {
        MinioResourcePatternResolver patterns = new MinioResourcePatternResolver(
                new PathMatchingResourcePatternResolver(), this.resolver);
        assertThatIllegalArgumentException().isThrownBy(() -> patterns.getResources("minio://logs-*/a.json"))
            .withMessageContaining("'locationPattern' must name one bucket, without wildcards");
        assertThat(patterns.getResources("minio://logs/a.json"))
            .containsExactly(this.resolver.resolve("minio://logs/a.json"));
    }

    @Test
    void writerThatFindsNoRoomGivesUpAfterTheStallTimeout() throws Exception {
        UploadPipe pipe = new UploadPipe(8, Duration.ofMillis(200), "minio://b/k");
        long start = System.nanoTime();
        assertThatIOException().isThrownBy(() -> pipe.write(new byte[9], 0, 9))
            .withMessageContaining("Upload to minio://b/k stalled: waited longer than PT0.2S for the upload to take");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThatIOException().isThrownBy(() -> pipe.read(new byte[8], 0, 8)).withMessageContaining("aborted");
    }

    @Test
    void readerGetsTheDataThenEndOrAnAbort() throws Exception {
        UploadPipe pipe = new UploadPipe(4, Duration.ofSeconds(10), "minio://b/k");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAll(pipe));
        pipe.write("hello world".getBytes(), 0, 11);
        pipe.finish();
        assertThat(new String(read.get(10, TimeUnit.SECONDS))).isEqualTo("hello world");
        UploadPipe aborted = new UploadPipe(4, Duration.ofSeconds(10), "minio://b/k");
        aborted.write(new byte[2], 0, 2);
        aborted.abort("aborted by the writer");
        assertThatIOException().isThrownBy(aborted::read)
            .withMessage("The writer of minio://b/k aborted: aborted by the writer");
    }

    @Test
    void readerThatGetsNoDataGivesUpAfterTheStallTimeout() {
        UploadPipe pipe = new UploadPipe(4, Duration.ofMillis(100), "minio://b/k");
        assertThatIOException().isThrownBy(pipe::read).withMessageContaining("for data to upload");
    }

    @Test
    void singleByteWritesAndReadsWrapAroundTheBuffer() throws Exception {
        UploadPipe pipe = new UploadPipe(4, Duration.ofSeconds(10), "minio://b/k");
        CompletableFuture<Void> written = CompletableFuture.runAsync(() -> {
            try {
                for (byte b : "hello world".getBytes()) {
                    pipe.write(b);
                }
                pipe.finish();
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
        StringBuilder read = new StringBuilder();
        for (int b = pipe.read(); b >= 0; b = pipe.read()) {
            read.append((char) b);
        }
        written.get(10, TimeUnit.SECONDS);
        assertThat(read).hasToString("hello world");
        assertThat(pipe.read()).isEqualTo(-1);
    }

    @Test
    void singleByteWritesAndReadsAllocateNothing() throws IOException {
        int size = 64 * 1024;
        UploadPipe pipe = new UploadPipe(size, Duration.ofSeconds(10), "minio://b/k");
        pipe.write(0);
        pipe.read();
        int[] sum = { 0 };
        long allocated = Allocations.allocatedBy(() -> {
            for (int i = 0; i < size; i++) {
                pipe.write(i);
            }
            for (int i = 0; i < size; i++) {
                sum[0] += pipe.read();
            }
        });
        assertThat(sum[0]).isEqualTo(255 * 128 * (size / 256));
        assertThat(allocated).as("bytes allocated by %d writes and reads", size).isLessThan(16 * 1024);
    }

    private static byte[] readAll(InputStream input) {
        try {
            return input.readAllBytes();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
