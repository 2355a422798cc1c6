package dev.miniospring.http;

import java.io.IOException;
import java.time.Duration;

import dev.miniospring.MinioTransportException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConnectionPoolTimeoutException}: not retried, and its message tells how to get
 * more connections.
 */
class ConnectionPoolTimeoutExceptionTests {

    @Test
    void poolTimeoutsAreNotRetried() {
        IOException poolTimeout = new ConnectionPoolTimeoutException(4, Duration.ofSeconds(1), new IOException("t"));
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1));
        assertThat(policy.isTransient(new MinioTransportException("I/O error", poolTimeout))).isFalse();
        assertThat(poolTimeout.getMessage()).contains("max-connections: 4", "minio.max-connections");
    }

}
