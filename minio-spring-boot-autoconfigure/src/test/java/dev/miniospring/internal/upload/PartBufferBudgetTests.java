package dev.miniospring.internal.upload;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.miniospring.MinioException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The part buffers of all uploads share one budget: an upload gets further buffers only
 * while they fit, waits a bounded time for its first one, and gives its memory back when
 * it ends.
 */
class PartBufferBudgetTests {

    private static final int BUFFER = 100;

    @Test
    void sharedBudgetIsAThirdOfTheHeap() {
        assertThat(PartBufferBudget.shared().capacity()).isEqualTo(Runtime.getRuntime().maxMemory() / 3);
        assertThat(PartBufferBudget.shared()).isSameAs(PartBufferBudget.shared());
    }

    @Test
    void concurrentUploadsShareOneBudget() throws InterruptedException {
        PartBufferBudget budget = new PartBufferBudget(3 * BUFFER, Duration.ZERO);
        PartBufferPool first = new PartBufferPool(BUFFER, 5, budget, PartBufferCache.NONE);
        byte[] one = first.take();
        first.take();
        first.take();
        assertThat(budget.granted()).isEqualTo(3 * BUFFER);
        first.release(one);
        assertThat(first.take()).as("a released buffer is reused, nothing more is granted").isSameAs(one);
        PartBufferPool second = new PartBufferPool(BUFFER, 5, budget, PartBufferCache.NONE);
        assertThatExceptionOfType(MinioException.class).isThrownBy(second::take)
            .withMessageContaining("No memory for an upload buffer of 100 bytes within PT0S")
            .withMessageContaining("hold 300 of their 300 bytes");
        first.close();
        assertThat(budget.granted()).isZero();
        assertThat(second.take()).hasSize(BUFFER);
        assertThat(budget.granted()).isEqualTo(BUFFER);
    }

    @Test
    void furtherBuffersAreOnlyGrantedWhileTheyFit() throws InterruptedException {
        PartBufferBudget budget = new PartBufferBudget(2 * BUFFER, Duration.ZERO);
        PartBufferPool first = new PartBufferPool(BUFFER, 5, budget, PartBufferCache.NONE);
        first.take();
        PartBufferPool second = new PartBufferPool(BUFFER, 5, budget, PartBufferCache.NONE);
        second.take();
        assertThat(budget.tryAcquire(BUFFER)).isFalse();
        assertThat(budget.granted()).isEqualTo(2 * BUFFER);
    }

    @Test
    void bufferLargerThanTheBudgetIsGrantedWhenNothingElseIsHeld() throws InterruptedException {
        PartBufferBudget budget = new PartBufferBudget(BUFFER, Duration.ZERO);
        PartBufferPool large = new PartBufferPool(3 * BUFFER, 2, budget, PartBufferCache.NONE);
        assertThat(large.take()).hasSize(3 * BUFFER);
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(new PartBufferPool(1, 1, budget, PartBufferCache.NONE)::take);
        large.close();
        assertThat(budget.granted()).isZero();
    }

    @Test
    void uploadWaitingForItsFirstBufferGoesBeforeFurtherBuffersOfOthers() throws Exception {
        PartBufferBudget budget = new PartBufferBudget(2 * BUFFER, Duration.ofMinutes(1));
        PartBufferPool running = new PartBufferPool(BUFFER, 5, budget, PartBufferCache.NONE);
        running.take();
        PartBufferPool waiting = new PartBufferPool(2 * BUFFER, 1, budget, PartBufferCache.NONE);
        CompletableFuture<byte[]> taken = CompletableFuture.supplyAsync(() -> take(waiting));
        awaitWaiting(budget);
        assertThat(budget.tryAcquire(BUFFER)).as("room for one more, but an upload waits").isFalse();
        running.close();
        assertThat(taken.get(1, TimeUnit.MINUTES)).hasSize(2 * BUFFER);
        assertThat(budget.granted()).isEqualTo(2 * BUFFER);
    }

    private static byte[] take(PartBufferPool pool) {
        try {
            return pool.take();
        }
        catch (InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void awaitWaiting(PartBufferBudget budget) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (budget.waiting() == 0) {
            assertThat(System.nanoTime()).as("an upload waits").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

}
