package dev.miniospring.listener;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How a {@link MinioListenerContainer} subscribes again after a subscription could not
 * connect or ended with an error: the wait doubles from {@code initial} up to
 * {@code max}, and starts again from {@code initial} once a subscription has lasted
 * {@code max}. (Dropped connections are reconnected by the subscription itself.)
 *
 * @param initial the first wait
 * @param max the longest wait
 * @since 0.1.0
 */
public record ListenerBackoff(Duration initial, Duration max) {

    /**
     * 1 second, doubled up to 30 seconds.
     */
    public static final ListenerBackoff DEFAULTS = new ListenerBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    /**
     * Creates a backoff.
     * @param initial the first wait, positive
     * @param max the longest wait, not shorter than {@code initial}
     */
    public ListenerBackoff {
        Assert.isTrue(initial != null && initial.compareTo(Duration.ZERO) > 0, "'initial' must be positive");
        Assert.isTrue(max != null && max.compareTo(initial) >= 0, "'max' must not be shorter than 'initial'");
    }

    Duration next(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return (doubled.compareTo(this.max) > 0) ? this.max : doubled;
    }

}
