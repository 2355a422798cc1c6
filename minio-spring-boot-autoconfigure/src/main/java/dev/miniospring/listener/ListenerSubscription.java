package dev.miniospring.listener;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioException;
import dev.miniospring.core.MinioOperations;
import dev.miniospring.notification.NotificationRecord;
import dev.miniospring.notification.NotificationSubscription;

/**
 * Keeps one endpoint subscribed on a supervising daemon thread: subscribes, waits for the
 * subscription to end, and subscribes again with backoff when it could not connect or
 * ended with an error, until stopped.
 */
final class ListenerSubscription {

    private static final Log logger = LogFactory.getLog(ListenerSubscription.class);

    private static final Duration POLL = Duration.ofSeconds(1);

    private final MinioOperations operations;

    private final MinioListenerEndpoint endpoint;

    private final Consumer<NotificationRecord> delivery;

    private final ListenerBackoff backoff;

    private final CountDownLatch stopping = new CountDownLatch(1);

    private final Thread supervisor;

    private volatile @Nullable NotificationSubscription current;

    ListenerSubscription(MinioOperations operations, MinioListenerEndpoint endpoint,
            Consumer<NotificationRecord> delivery, ListenerBackoff backoff) {
        this.operations = operations;
        this.endpoint = endpoint;
        this.delivery = delivery;
        this.backoff = backoff;
        this.supervisor = new Thread(this::supervise, "minio-listener-" + endpoint.id());
        this.supervisor.setDaemon(true);
    }

    void start() {
        this.supervisor.start();
    }

    void stop() {
        this.stopping.countDown();
        NotificationSubscription subscription = this.current;
        if (subscription != null) {
            subscription.cancel();
        }
    }

    boolean awaitTermination(Duration timeout) throws InterruptedException {
        this.supervisor.join(timeout.toMillis() + 1);
        return !this.supervisor.isAlive();
    }

    boolean isSubscribed() {
        NotificationSubscription subscription = this.current;
        return subscription != null && subscription.isActive();
    }

    private void supervise() {
        Duration wait = this.backoff.initial();
        while (!isStopping()) {
            long started = System.nanoTime();
            runOnce();
            boolean lasted = System.nanoTime() - started >= this.backoff.max().toNanos();
            wait = lasted ? this.backoff.initial() : wait;
            if (await(wait)) {
                return;
            }
            wait = this.backoff.next(wait);
        }
    }

    private void runOnce() {
        NotificationSubscription subscription = subscribe();
        if (subscription == null) {
            return;
        }
        this.current = subscription;
        if (isStopping()) {
            subscription.cancel();
        }
        awaitEnd(subscription);
        this.current = null;
        RuntimeException failure = subscription.failure();
        if (failure != null && !isStopping()) {
            logger.warn("MinIO listener " + this.endpoint.id() + " lost its subscription to bucket "
                    + this.endpoint.bucket() + ", subscribing again: " + failure.getMessage());
        }
    }

    private @Nullable NotificationSubscription subscribe() {
        try {
            return this.operations.listenBucketNotification(this.endpoint.bucket(), this.endpoint.prefix(),
                    this.endpoint.suffix(), this.endpoint.events(), this.delivery);
        }
        catch (MinioException ex) {
            logger.warn("MinIO listener " + this.endpoint.id() + " could not subscribe to bucket "
                    + this.endpoint.bucket() + ", trying again: " + ex.getMessage());
            return null;
        }
        catch (IllegalArgumentException ex) {
            logger.error("MinIO listener " + this.endpoint.id() + " is invalid and stays stopped: " + ex.getMessage());
            this.stopping.countDown();
            return null;
        }
    }

    private void awaitEnd(NotificationSubscription subscription) {
        try {
            while (!subscription.awaitTermination(POLL)) {
                if (isStopping()) {
                    subscription.cancel();
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            subscription.cancel();
            this.stopping.countDown();
        }
    }

    private boolean await(Duration wait) {
        try {
            return this.stopping.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private boolean isStopping() {
        return this.stopping.getCount() == 0;
    }

}
