package dev.miniospring.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;
import dev.miniospring.core.MinioTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default JDK HTTP client of {@link MinioTemplate} writes request bodies on pooled
 * threads instead of a new thread per upload.
 */
class JdkHttpClientExecutorTests {

    private static final int REQUESTS = 60;

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.createContext("/", (exchange) -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("ETag", "\"e\"");
                exchange.getResponseHeaders().set("Last-Modified", "Fri, 27 Nov 2026 12:00:00 GMT");
                exchange.sendResponseHeaders(200, -1);
            }
        });
        this.server.start();
    }

    @AfterEach
    void stopServer() {
        this.server.stop(0);
    }

    @Test
    void defaultClientStartsNoThreadPerRequestBody() {
        MinioTemplate template = MinioTemplate.builder()
            .endpoint("http://127.0.0.1:" + this.server.getAddress().getPort())
            .credentials("access", "secret")
            .region("us-east-1")
            .build();
        exchange(template, 10);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getTotalStartedThreadCount();
        exchange(template, REQUESTS);
        // at most the JDK's own thread per exchange on machines with < 3 cores (see
        // JdkHttpClientExecutor), none
        // for the 60 bodies: before, Spring started one more thread per PUT (180 in all
        // on two cores)
        assertThat(threads.getTotalStartedThreadCount() - started).isLessThan(2 * REQUESTS + REQUESTS / 4);
    }

    @Test
    void sharedExecutorRunsDaemonThreads() throws Exception {
        Thread thread = JdkHttpClientExecutor.shared().submit(Thread::currentThread).get();
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).startsWith("minio-http-");
    }

    private static void exchange(MinioTemplate template, int count) {
        for (int i = 0; i < count; i++) {
            template.putObject("bucket", "key", new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3);
            template.statObject("bucket", "key");
        }
    }

}
