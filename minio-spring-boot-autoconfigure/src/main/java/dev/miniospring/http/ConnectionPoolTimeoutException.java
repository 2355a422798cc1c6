package dev.miniospring.http;

import java.io.IOException;
import java.time.Duration;

/**
 * No pooled connection became free in time: every connection of the template's pool is in
 * use. Not retried, as a retry would only wait again.
 */
final class ConnectionPoolTimeoutException extends IOException {

    private static final long serialVersionUID = 1L;

    ConnectionPoolTimeoutException(int maxConnections, Duration timeout, Throwable cause) {
        super("No connection of the MinIO template's pool became free within " + timeout.toMillis()
                + " ms (max-connections: " + maxConnections + "; a download holds its connection until it is read "
                + "to the end or closed): close GetObjectResponses sooner, or raise minio.max-connections "
                + "(MinioTemplateBuilder.maxConnections) or minio.connection-acquisition-timeout", cause);
    }

}
