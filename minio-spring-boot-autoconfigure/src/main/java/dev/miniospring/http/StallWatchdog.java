package dev.miniospring.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the socket operations in progress (request body writes, and the reads of
 * exchanges on virtual threads) at a fixed tick, on one scheduler thread that ticks only
 * while operations are watched. Watching and unwatching never wakes that thread (a
 * wake-up per request let the scheduler preempt the sending thread and cost small uploads
 * a time slice each); the thread is woken at most once per tick, when an operation is
 * watched after an idle tick.
 */
final class StallWatchdog implements Runnable {

    /**
     * How often the operations in progress are checked: a stall is detected between its
     * timeout and one tick later.
     */
    static final long TICK_MILLIS = 100;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final StallWatchdog SHARED = new StallWatchdog(scheduler(), TICK_MILLIS);

    private final Set<StallTimer> watched = ConcurrentHashMap.newKeySet();

    private final AtomicBoolean ticking = new AtomicBoolean();

    private final ScheduledExecutorService scheduler;

    private final long tickMillis;

    StallWatchdog(ScheduledExecutorService scheduler, long tickMillis) {
        this.scheduler = scheduler;
        this.tickMillis = tickMillis;
    }

    /**
     * Returns the watchdog shared by all HttpClient 5 clients of the JVM.
     */
    static StallWatchdog shared() {
        return SHARED;
    }

    void watch(StallTimer timer) {
        this.watched.add(timer);
        startTicking();
    }

    void unwatch(StallTimer timer) {
        this.watched.remove(timer);
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        this.watched.removeIf((timer) -> timer.abortIfStalled(now));
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
        if (!this.ticking.get() && this.ticking.compareAndSet(false, true)) {
            schedule();
        }
    }

    private void schedule() {
        this.scheduler.schedule(this, this.tickMillis, TimeUnit.MILLISECONDS);
    }

    private static ScheduledExecutorService scheduler() {
        return new ScheduledThreadPoolExecutor(1, (task) -> {
            Thread thread = new Thread(task, "minio-stall-watchdog-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

}
