package dev.miniospring.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Graceful shutdown: closing the context waits for uploads in flight, at most
 * {@code spring.lifecycle.timeout-per-shutdown-phase}. Upload and close run on threads of
 * their own (the common pool has a single worker on two cores, where one would queue
 * behind the other).
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationShutdownTests {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    private ApplicationContextRunner contextRunner;

    @BeforeEach
    void start(WireMockServer server) {
        server.stubFor(put(anyUrl()).willReturn(ok().withHeader("ETag", "\"e1\"")));
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + server.baseUrl(), "minio.access-key=AK", "minio.secret-key=SK",
                    "minio.region=us-east-1");
    }

    @AfterEach
    void stopExecutor() {
        this.executor.shutdownNow();
    }

    @Test
    void closeWaitsForAnUploadInFlight() {
        this.contextRunner.run((context) -> {
            GatedStream data = new GatedStream();
            CompletableFuture<ObjectWriteResponse> upload = CompletableFuture.supplyAsync(
                    () -> context.getBean(MinioTemplate.class).putObject("b-1", "k", data, 3, null, null),
                    this.executor);
            assertThat(data.reading.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicBoolean released = new AtomicBoolean();
            CompletableFuture<Boolean> closed = CompletableFuture.runAsync(context::close, this.executor)
                .thenApply((ignored) -> released.get());
            assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> closed.get(300, TimeUnit.MILLISECONDS));
            released.set(true);
            data.release.countDown();
            assertThat(closed.get(10, TimeUnit.SECONDS)).as("close returned only after the upload was released")
                .isTrue();
            assertThat(upload.get().etag()).isEqualTo("e1");
        });
    }

    @Test
    void closeWaitsNoLongerThanTheShutdownPhaseTimeout() {
        this.contextRunner.withPropertyValues("spring.lifecycle.timeout-per-shutdown-phase=100ms").run((context) -> {
            GatedStream data = new GatedStream();
            CompletableFuture<ObjectWriteResponse> upload = CompletableFuture.supplyAsync(
                    () -> context.getBean(MinioTemplate.class).putObject("b-1", "k", data, 3, null, null),
                    this.executor);
            assertThat(data.reading.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture.runAsync(context::close, this.executor).get(10, TimeUnit.SECONDS);
            assertThat(upload).isNotDone();
            data.release.countDown();
            assertThat(upload.get(10, TimeUnit.SECONDS).etag()).isEqualTo("e1");
        });
    }

    /**
     * Three bytes that are handed out only once the test releases them.
     */
    private static final class GatedStream extends InputStream {

        final CountDownLatch reading = new CountDownLatch(1);

        final CountDownLatch release = new CountDownLatch(1);

        private final ByteArrayInputStream content = new ByteArrayInputStream(new byte[] { 1, 2, 3 });

        @Override
        public int read() {
            byte[] one = new byte[1];
            return (read(one, 0, 1) < 0) ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            this.reading.countDown();
            try {
                assertThat(this.release.await(20, TimeUnit.SECONDS)).isTrue();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return -1;
            }
            return this.content.read(buffer, offset, length);
        }

    }

}
