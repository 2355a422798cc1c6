package dev.miniospring.core;

import java.time.Duration;
import java.util.function.Function;

import dev.miniospring.http.RetryPolicy;
import dev.miniospring.internal.transport.S3Transport;

/**
 * The transports of a template, which share its endpoint, region cache and retry budget:
 * one for requests, one for uploads (on a connection pool of its own), one for
 * notification streams, and a source of short-timeout, single-attempt ones for health
 * checks.
 *
 * @param requests the transport of requests
 * @param uploads the transport of single PUTs and multipart uploads
 * @param notifications the transport of {@code listenBucketNotification} (a JDK client)
 * @param healthChecks creates a transport whose timeouts are the given duration and that
 * does not retry
 * @param customerKeysOverHttp whether SSE-C keys may be sent to a plain {@code http://}
 * endpoint
 */
record TemplateTransports(S3Transport requests, S3Transport uploads, S3Transport notifications,
        Function<Duration, S3Transport> healthChecks, boolean customerKeysOverHttp) {

    /**
     * Uses one transport for everything; health checks use it without retries.
     */
    static TemplateTransports of(S3Transport transport) {
        return new TemplateTransports(transport, transport, transport,
                (timeout) -> transport.withRetryPolicy(RetryPolicy.none()), false);
    }

    /**
     * Returns the transports of a health check: a short-timeout, single-attempt transport
     * for everything.
     */
    TemplateTransports forHealthCheck(Duration timeout) {
        S3Transport transport = this.healthChecks.apply(timeout);
        return new TemplateTransports(transport, transport, transport, this.healthChecks, this.customerKeysOverHttp);
    }

}
