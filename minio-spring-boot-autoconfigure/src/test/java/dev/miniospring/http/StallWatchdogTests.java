package dev.miniospring.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The watchdog of request body writes: a stalled write is aborted after its timeout, and
 * watching many short writes schedules one check per tick, not one per write (a wake-up
 * of the scheduler thread per request made small uploads lose a time slice each).
 */
class StallWatchdogTests {

    private static final long TICK_MILLIS = 20;

    private final CountingScheduler scheduler = new CountingScheduler();

    private final StallWatchdog watchdog = new StallWatchdog(this.scheduler, TICK_MILLIS);

    @AfterEach
    void stop() {
        this.scheduler.shutdownNow();
    }

    @Test
    void aWriteWithoutProgressIsAbortedAfterItsTimeout() {
        CountDownLatch aborted = new CountDownLatch(1);
        StallWatchedOutputStream stream = new StallWatchedOutputStream(new BlockedStream(aborted), 200,
                aborted::countDown, this.watchdog);
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThatExceptionOfType(SocketTimeoutException.class)
                    .isThrownBy(() -> stream.write(new byte[8]))
                    .withMessageContaining("read nothing of the request body for 200 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void writesThatProgressAreNeverAborted() throws IOException {
        AtomicInteger aborts = new AtomicInteger();
        StallWatchedOutputStream stream = new StallWatchedOutputStream(OutputStream.nullOutputStream(), 50,
                aborts::incrementAndGet, this.watchdog);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        while (System.nanoTime() < end) {
            stream.write(new byte[1024]);
        }
        stream.finish();
        assertThat(aborts).hasValue(0);
        assertThat(this.scheduler.scheduled()).isGreaterThan(1);
    }

    @Test
    void manyShortWritesScheduleOneCheckPerTickNotOnePerWrite() throws IOException {
        long started = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            StallWatchedOutputStream stream = new StallWatchedOutputStream(OutputStream.nullOutputStream(), 1000,
                    () -> {
                    }, this.watchdog);
            stream.write(new byte[4096]);
            stream.flush();
            stream.finish();
        }
        long ticks = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) / TICK_MILLIS;
        assertThat(this.scheduler.scheduled()).isLessThanOrEqualTo((int) (2 * ticks + 2));
    }

    @Test
    void theWatchdogStopsTickingWhenNoWriteIsWatched() throws IOException {
        StallWatchedOutputStream stream = new StallWatchedOutputStream(OutputStream.nullOutputStream(), 1000, () -> {
        }, this.watchdog);
        stream.write(1);
        stream.finish();
        assertThat(this.scheduler.scheduled()).isPositive();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            while (!this.scheduler.getQueue().isEmpty() || this.scheduler.getActiveCount() > 0) {
                Thread.yield();
            }
        });
    }

    private static final class CountingScheduler extends ScheduledThreadPoolExecutor {

        private final AtomicInteger scheduled = new AtomicInteger();

        CountingScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            this.scheduled.incrementAndGet();
            return super.schedule(command, delay, unit);
        }

        int scheduled() {
            return this.scheduled.get();
        }

    }

    private static final class BlockedStream extends OutputStream {

        private final CountDownLatch aborted;

        BlockedStream(CountDownLatch aborted) {
            this.aborted = aborted;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                this.aborted.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("Socket closed");
        }

    }

}
