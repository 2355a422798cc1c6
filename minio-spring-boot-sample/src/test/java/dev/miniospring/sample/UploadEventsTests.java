package dev.miniospring.sample;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code @MinioListener} against a stub of MinIO's listen extension (the
 * embedded S3 server has none): the event reaches the listener and shows on
 * {@code /events}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK)
class UploadEventsTests {

    private static final ListenStub stub = start();

    @Autowired
    private UploadEvents events;

    @DynamicPropertySource
    static void minio(DynamicPropertyRegistry registry) {
        registry.add("minio.endpoint", stub::endpoint);
        registry.add("minio.access-key", () -> "sample");
        registry.add("minio.secret-key", () -> "sample-secret");
        registry.add("minio.region", () -> "us-east-1");
        registry.add("sample.events.enabled", () -> "true");
        registry.add("sample.events.bucket", () -> "photos");
    }

    @AfterAll
    static void stopStub() throws IOException {
        stub.close();
    }

    @Test
    void eventsOfTheBucketReachTheListener() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (this.events.recent().isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        assertThat(this.events.recent()).containsExactly("s3:ObjectCreated:Put photos/in/cat.jpg");
        assertThat(stub.requestLines.poll(1, TimeUnit.SECONDS))
            .startsWith("GET /photos?events=s3%3AObjectCreated%3A%2A&events=s3%3AObjectRemoved%3A%2A");
    }

    private static ListenStub start() {
        try {
            return new ListenStub(ListenStub.record("s3:ObjectCreated:Put", "photos", "in%2Fcat.jpg"));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
