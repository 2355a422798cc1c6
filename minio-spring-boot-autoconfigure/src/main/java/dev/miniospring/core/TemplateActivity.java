package dev.miniospring.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import dev.miniospring.notification.NotificationStream;
import dev.miniospring.notification.NotificationSubscription;

/**
 * What a template has running that shutdown must end or wait for: its open notification
 * streams and subscriptions (held weakly, so that those the application dropped are
 * forgotten) and its uploads in flight.
 */
final class TemplateActivity {

    private final Set<NotificationStream> streams = Collections.newSetFromMap(new WeakHashMap<>());

    private final Set<NotificationSubscription> subscriptions = Collections.newSetFromMap(new WeakHashMap<>());

    private final Object uploadsMonitor = new Object();

    private int uploads;

    NotificationStream track(NotificationStream stream) {
        synchronized (this.streams) {
            this.streams.add(stream);
        }
        return stream;
    }

    NotificationSubscription track(NotificationSubscription subscription) {
        synchronized (this.subscriptions) {
            this.subscriptions.add(subscription);
        }
        return subscription;
    }

    <T> T upload(Supplier<T> upload) {
        synchronized (this.uploadsMonitor) {
            this.uploads++;
        }
        try {
            return upload.get();
        }
        finally {
            synchronized (this.uploadsMonitor) {
                this.uploads--;
                this.uploadsMonitor.notifyAll();
            }
        }
    }

    boolean closeListeners(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (NotificationSubscription subscription : closeListeners()) {
            if (!subscription.awaitTermination(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
        }
        return true;
    }

    private List<NotificationSubscription> closeListeners() {
        List<NotificationSubscription> cancelled;
        synchronized (this.subscriptions) {
            cancelled = new ArrayList<>(this.subscriptions);
            this.subscriptions.clear();
        }
        cancelled.forEach(NotificationSubscription::cancel);
        List<NotificationStream> closed;
        synchronized (this.streams) {
            closed = new ArrayList<>(this.streams);
            this.streams.clear();
        }
        closed.forEach(NotificationStream::close);
        return cancelled;
    }

    boolean awaitUploads(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this.uploadsMonitor) {
            while (this.uploads > 0) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                Duration wait = Duration.ofNanos(remaining);
                this.uploadsMonitor.wait(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
            }
            return true;
        }
    }

}
