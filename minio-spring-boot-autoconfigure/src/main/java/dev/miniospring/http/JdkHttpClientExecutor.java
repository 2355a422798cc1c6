package dev.miniospring.http;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * The executor given to the JDK {@link HttpClient}s of MinIO templates: a shared cached
 * pool of daemon threads.
 *
 * <p>
 * Spring's {@link JdkClientHttpRequestFactory} writes every request body on the client's
 * executor, and on a new {@code SimpleAsyncTaskExecutor} thread per request when the
 * client has none; with this executor uploads reuse pooled threads. (The JDK's
 * {@code HttpClient.sendAsync}, which Spring always uses, still completes each exchange
 * on {@code CompletableFuture}'s default async pool, which starts a thread per task where
 * the common fork-join pool has fewer than two threads, that is on one- and two-core
 * machines; {@code
 * -Djava.util.concurrent.ForkJoinPool.common.parallelism=2} or another HTTP client avoids
 * that.)
 *
 * @since 0.1.0
 */
public final class JdkHttpClientExecutor {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final ExecutorService SHARED = Executors.newCachedThreadPool((task) -> {
        Thread thread = new Thread(task, "minio-http-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private JdkHttpClientExecutor() {
    }

    /**
     * Returns the shared executor; its idle threads end after a minute.
     * @return the executor
     */
    public static ExecutorService shared() {
        return SHARED;
    }

    /**
     * Creates a request factory on a JDK {@code HttpClient} that runs on the shared
     * executor, with the default connect timeout
     * ({@link S3HttpClients#DEFAULT_CONNECT_TIMEOUT}), that follows no redirects.
     * @return the request factory
     */
    public static JdkClientHttpRequestFactory requestFactory() {
        return new JdkClientHttpRequestFactory(HttpClient.newBuilder()
            .executor(SHARED)
            .connectTimeout(S3HttpClients.DEFAULT_CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
    }

}
