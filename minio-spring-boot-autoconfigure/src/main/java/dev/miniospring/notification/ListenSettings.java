package dev.miniospring.notification;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How {@code listenBucketNotification} keeps its connection: the keep-alive interval it
 * asks the server for, the backoff between reconnection attempts, and how long it waits
 * for the response headers of each connection.
 *
 * <p>
 * The backoff doubles after each attempt, and goes back to {@code initialBackoff} only
 * once a connection has stayed up for {@code maxBackoff}: a server that drops every
 * connection right after accepting it is not hammered.
 *
 * @param pingInterval how often the server should send a keep-alive record ({@code ping},
 * whole seconds); {@link Duration#ZERO} to send no {@code ping} parameter
 * @param initialBackoff the wait before the first reconnection attempt, doubled after
 * each attempt
 * @param maxBackoff the longest wait between attempts, and how long a connection must
 * stay up for the backoff to start again from {@code initialBackoff}
 * @param responseTimeout the longest wait for the response headers of a connection (the
 * body, an endless stream of events, may be silent for any time)
 * @since 0.1.0
 */
public record ListenSettings(Duration pingInterval, Duration initialBackoff, Duration maxBackoff,
        Duration responseTimeout) {

    /**
     * The default wait for the response headers of a connection (30 s).
     */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Ping every 10 seconds, reconnect after 1 second, then up to every 30 seconds, wait
     * 30 seconds for the response headers.
     */
    public static final ListenSettings DEFAULTS = new ListenSettings(Duration.ofSeconds(10), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    /**
     * Creates settings.
     * @param pingInterval the keep-alive interval, zero for none
     * @param initialBackoff the first reconnection wait
     * @param maxBackoff the longest reconnection wait
     * @param responseTimeout the longest wait for the response headers
     */
    public ListenSettings {
        Assert.isTrue(pingInterval != null && !pingInterval.isNegative(), "'pingInterval' must not be negative");
        Assert.isTrue(initialBackoff != null && !initialBackoff.isNegative(), "'initialBackoff' must not be negative");
        Assert.isTrue(maxBackoff != null && maxBackoff.compareTo(initialBackoff) >= 0,
                "'maxBackoff' must not be shorter than 'initialBackoff'");
        Assert.isTrue(responseTimeout != null && responseTimeout.compareTo(Duration.ZERO) > 0,
                "'responseTimeout' must be positive");
    }

    /**
     * Creates settings that wait {@link #DEFAULT_RESPONSE_TIMEOUT} for the response
     * headers.
     * @param pingInterval the keep-alive interval, zero for none
     * @param initialBackoff the first reconnection wait
     * @param maxBackoff the longest reconnection wait
     */
    public ListenSettings(Duration pingInterval, Duration initialBackoff, Duration maxBackoff) {
        this(pingInterval, initialBackoff, maxBackoff, DEFAULT_RESPONSE_TIMEOUT);
    }

}
