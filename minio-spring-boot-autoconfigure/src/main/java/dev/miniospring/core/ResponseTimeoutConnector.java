package dev.miniospring.core;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.miniospring.MinioTransportException;
import dev.miniospring.http.JdkHttpClientExecutor;

import org.springframework.http.client.ClientHttpResponse;

/**
 * Opens the responses of a notification stream on a worker thread and gives up when their
 * headers do not arrive in time: the worker is interrupted, which makes Spring's JDK
 * request cancel the exchange and close its connection.
 */
final class ResponseTimeoutConnector implements Supplier<ClientHttpResponse> {

    private final Supplier<ClientHttpResponse> connector;

    private final Duration timeout;

    private final String bucket;

    ResponseTimeoutConnector(Supplier<ClientHttpResponse> connector, Duration timeout, String bucket) {
        this.connector = connector;
        this.timeout = timeout;
        this.bucket = bucket;
    }

    @Override
    public ClientHttpResponse get() {
        CompletableFuture<ClientHttpResponse> result = new CompletableFuture<>();
        Future<?> worker = JdkHttpClientExecutor.shared().submit(() -> open(result));
        try {
            return result.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException ex) {
            return abandon(result, worker,
                    new MinioTransportException(
                            "The server accepted the listen request on " + "bucket " + this.bucket
                                    + " but sent no response headers within " + this.timeout.toMillis() + " ms",
                            new HttpTimeoutException("no response headers within " + this.timeout)));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return abandon(result, worker, new MinioTransportException(
                    "Interrupted while connecting the " + "notification stream of bucket " + this.bucket, ex));
        }
        catch (ExecutionException ex) {
            throw rethrow(ex.getCause());
        }
    }

    private void open(CompletableFuture<ClientHttpResponse> result) {
        try {
            ClientHttpResponse response = this.connector.get();
            if (!result.complete(response)) {
                response.close();
            }
        }
        catch (RuntimeException | Error ex) {
            result.completeExceptionally(ex);
        }
    }

    /**
     * Gives up on a connection, unless its outcome arrived in the meantime.
     */
    private static ClientHttpResponse abandon(CompletableFuture<ClientHttpResponse> result, Future<?> worker,
            MinioTransportException failure) {
        if (result.completeExceptionally(failure)) {
            worker.cancel(true);
            throw failure;
        }
        try {
            return result.join();
        }
        catch (CompletionException ex) {
            throw rethrow(ex.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

}
