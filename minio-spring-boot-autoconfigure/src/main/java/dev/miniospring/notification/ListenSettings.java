package dev.miniospring.notification;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How {@code listenBucketNotification} keeps its connection: the keep-alive interval it asks the server for and the
 * backoff between reconnection attempts.
 *
 * @param pingInterval how often the server should send a keep-alive record ({@code ping}, whole seconds);
 * {@link Duration#ZERO} to send no {@code ping} parameter
 * @param initialBackoff the wait before the first reconnection attempt, doubled after each failed attempt
 * @param maxBackoff the longest wait between attempts
 */
public record ListenSettings(Duration pingInterval, Duration initialBackoff, Duration maxBackoff) {

    /**
     * Ping every 10 seconds, reconnect after 1 second, then up to every 30 seconds.
     */
    public static final ListenSettings DEFAULTS = new ListenSettings(Duration.ofSeconds(10), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    /**
     * Creates settings.
     * @param pingInterval the keep-alive interval, zero for none
     * @param initialBackoff the first reconnection wait
     * @param maxBackoff the longest reconnection wait
     */
    public ListenSettings {
        Assert.isTrue(pingInterval != null && !pingInterval.isNegative(), "'pingInterval' must not be negative");
        Assert.isTrue(initialBackoff != null && !initialBackoff.isNegative(), "'initialBackoff' must not be negative");
        Assert.isTrue(maxBackoff != null && maxBackoff.compareTo(initialBackoff) >= 0,
                "'maxBackoff' must not be shorter than 'initialBackoff'");
    }

    long pingSeconds() {
        long seconds = this.pingInterval.toSeconds();
        return (this.pingInterval.isZero() || seconds >= 1) ? seconds : 1;
    }

}
