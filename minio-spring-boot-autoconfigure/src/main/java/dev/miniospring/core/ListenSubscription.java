package dev.miniospring.core;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.miniospring.notification.NotificationRecord;
import dev.miniospring.notification.NotificationStream;
import dev.miniospring.notification.NotificationSubscription;

/**
 * The {@link NotificationSubscription} of a {@code listenBucketNotification}: delivers
 * the events of a {@link NotificationStream} to a listener on a thread of its own.
 */
final class ListenSubscription implements NotificationSubscription {

    private static final Log logger = LogFactory.getLog(NotificationSubscription.class);

    private final NotificationStream stream;

    private final CountDownLatch terminated = new CountDownLatch(1);

    private final Thread thread;

    private volatile boolean delivering;

    private volatile @Nullable RuntimeException failure;

    private ListenSubscription(NotificationStream stream, Consumer<NotificationRecord> listener, String name,
            ThreadFactory threads) {
        this.stream = stream;
        this.thread = threads.newThread(() -> run(listener));
        this.thread.setName(name);
    }

    /**
     * Starts delivering the events of a stream on a thread of the given factory (such as
     * a virtual thread factory).
     * @param stream the stream
     * @param listener receives each event
     * @param name the name of the thread
     * @param threads creates the thread
     * @return the subscription
     */
    static ListenSubscription start(NotificationStream stream, Consumer<NotificationRecord> listener, String name,
            ThreadFactory threads) {
        ListenSubscription subscription = new ListenSubscription(stream, listener, name, threads);
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

    @Override
    public void cancel() {
        this.stream.close();
        if (!this.delivering && Thread.currentThread() != this.thread) {
            this.thread.interrupt();
        }
    }

    @Override
    public boolean isActive() {
        return this.terminated.getCount() > 0;
    }

    @Override
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return this.terminated.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public @Nullable RuntimeException failure() {
        return this.failure;
    }

}
