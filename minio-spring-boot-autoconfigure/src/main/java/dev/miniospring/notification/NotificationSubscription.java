package dev.miniospring.notification;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A running {@code listenBucketNotification} that delivers events to a listener on its
 * own daemon (or virtual) thread until it is cancelled or fails.
 *
 * @since 0.1.0
 */
public interface NotificationSubscription extends AutoCloseable {

    /**
     * Stops listening: closes the connection and, unless the listener is running,
     * interrupts the thread waiting for events. Does not wait for the thread to end (see
     * {@link #awaitTermination(Duration)}).
     */
    void cancel();

    /**
     * Tells whether events are still being delivered.
     * @return {@code false} once the subscription was cancelled or failed and its thread
     * ended
     */
    boolean isActive();

    /**
     * Waits for the delivery thread to end.
     * @param timeout the longest wait
     * @return {@code true} when it ended
     * @throws InterruptedException when the waiting thread is interrupted
     */
    boolean awaitTermination(Duration timeout) throws InterruptedException;

    /**
     * Returns why the subscription stopped on its own: an exception of the listener or a
     * failure the stream could not recover from (such as a 4xx answer when reconnecting).
     * @return the failure, or {@code null} when it is running or was cancelled
     */
    @Nullable RuntimeException failure();

    /**
     * Cancels the subscription, as {@link #cancel()}.
     */
    @Override
    default void close() {
        cancel();
    }

}
