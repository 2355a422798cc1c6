package dev.miniospring.notification;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * A running {@code listenBucketNotification} that delivers events to a listener on its own daemon (or virtual) thread
 * until it is cancelled or fails.
 *
 * @since 0.1.0
 */
public final class NotificationSubscription implements AutoCloseable {

    private static final Log logger = LogFactory.getLog(NotificationSubscription.class);

    private final NotificationStream stream;

    private final CountDownLatch terminated = new CountDownLatch(1);

    private final Thread thread;

    private volatile boolean delivering;

    private volatile @Nullable RuntimeException failure;

    private NotificationSubscription(NotificationStream stream, Consumer<NotificationRecord> listener, String name,
            ThreadFactory threads) {
        this.stream = stream;
        this.thread = threads.newThread(() -> run(listener));
        this.thread.setName(name);
    }

    /**
     * Starts delivering the events of a stream on a new platform daemon thread.
     * @param stream the stream
     * @param listener receives each event
     * @param name the name of the thread
     * @return the subscription
     */
    public static NotificationSubscription start(NotificationStream stream, Consumer<NotificationRecord> listener,
            String name) {
        return start(stream, listener, name, (task) -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts delivering the events of a stream on a thread of the given factory (such as a virtual thread factory).
     * @param stream the stream
     * @param listener receives each event
     * @param name the name of the thread
     * @param threads creates the thread
     * @return the subscription
     */
    public static NotificationSubscription start(NotificationStream stream, Consumer<NotificationRecord> listener,
            String name, ThreadFactory threads) {
        NotificationSubscription subscription = new NotificationSubscription(stream, listener, name, threads);
        subscription.thread.start();
        return subscription;
    }

    private void run(Consumer<NotificationRecord> listener) {
        try {
            while (this.stream.hasNext()) {
                deliver(listener, this.stream.next());
            }
        }
        catch (RuntimeException ex) {
            if (!this.stream.isClosed() || this.delivering) {
                this.failure = ex;
                logger.warn("Listening to bucket notifications stopped: " + ex.getMessage(), ex);
            }
        }
        finally {
            this.stream.close();
            this.terminated.countDown();
        }
    }

    private void deliver(Consumer<NotificationRecord> listener, NotificationRecord event) {
        this.delivering = true;
        listener.accept(event);
        this.delivering = false;
    }

    /**
     * Stops listening: closes the connection and, unless the listener is running, interrupts the thread waiting for
     * events. Does not wait for the thread to end (see {@link #awaitTermination(Duration)}).
     */
    public void cancel() {
        this.stream.close();
        if (!this.delivering && Thread.currentThread() != this.thread) {
            this.thread.interrupt();
        }
    }

    /**
     * Tells whether events are still being delivered.
     * @return {@code false} once the subscription was cancelled or failed and its thread ended
     */
    public boolean isActive() {
        return this.terminated.getCount() > 0;
    }

    /**
     * Waits for the delivery thread to end.
     * @param timeout the longest wait
     * @return {@code true} when it ended
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return this.terminated.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Returns why the subscription stopped on its own: an exception of the listener or a failure the stream could
     * not recover from (such as a 4xx answer when reconnecting).
     * @return the failure, or {@code null} when it is running or was cancelled
     */
    public @Nullable RuntimeException failure() {
        return this.failure;
    }

    /**
     * Cancels the subscription, as {@link #cancel()}.
     */
    @Override
    public void close() {
        cancel();
    }

}
