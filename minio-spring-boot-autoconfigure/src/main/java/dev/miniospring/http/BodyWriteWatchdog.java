package dev.miniospring.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the request body writes in progress at a fixed tick, on one scheduler thread
 * that ticks only while writes are watched. Watching and unwatching a write never wakes
 * that thread (a wake-up per request let the scheduler preempt the sending thread and
 * cost small uploads a time slice each); the thread is woken at most once per tick, when
 * a write is watched after an idle tick.
 */
final class BodyWriteWatchdog implements Runnable {

    /**
     * How often the writes in progress are checked: a stall is detected between its
     * timeout and one tick later.
     */
    static final long TICK_MILLIS = 100;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final BodyWriteWatchdog SHARED = new BodyWriteWatchdog(scheduler(), TICK_MILLIS);

    private final Set<StallWatchedOutputStream> watched = ConcurrentHashMap.newKeySet();

    private final AtomicBoolean ticking = new AtomicBoolean();

    private final ScheduledExecutorService scheduler;

    private final long tickMillis;

    BodyWriteWatchdog(ScheduledExecutorService scheduler, long tickMillis) {
        this.scheduler = scheduler;
        this.tickMillis = tickMillis;
    }

    /**
     * Returns the watchdog shared by all HttpClient 5 clients of the JVM.
     */
    static BodyWriteWatchdog shared() {
        return SHARED;
    }

    void watch(StallWatchedOutputStream stream) {
        this.watched.add(stream);
        startTicking();
    }

    void unwatch(StallWatchedOutputStream stream) {
        this.watched.remove(stream);
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        this.watched.removeIf((stream) -> stream.abortIfStalled(now));
        if (!this.watched.isEmpty()) {
            schedule();
            return;
        }
        this.ticking.set(false);
        if (!this.watched.isEmpty()) {
            startTicking();
        }
    }

    private void startTicking() {
        if (this.ticking.compareAndSet(false, true)) {
            schedule();
        }
    }

    private void schedule() {
        this.scheduler.schedule(this, this.tickMillis, TimeUnit.MILLISECONDS);
    }

    private static ScheduledExecutorService scheduler() {
        return new ScheduledThreadPoolExecutor(1, (task) -> {
            Thread thread = new Thread(task, "minio-write-watchdog-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

}
