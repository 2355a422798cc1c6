package dev.miniospring.internal.upload;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part buffers of ended uploads are reused by the next uploads instead of being allocated
 * again, within the cache's capacity and the budget of the uploads that use them.
 */
class PartBufferCacheTests {

    private static final int SIZE = PartBufferCache.MIN_SIZE;

    private final PartBufferBudget budget = new PartBufferBudget(8L * SIZE, Duration.ZERO);

    @Test
    void buffersOfAnEndedUploadAreReusedByTheNextOne() throws InterruptedException {
        PartBufferCache cache = new PartBufferCache(4L * SIZE);
        PartBufferPool first = new PartBufferPool(SIZE, 3, this.budget, cache);
        byte[] one = first.take();
        byte[] two = first.take();
        first.release(one);
        first.release(two);
        first.close();
        assertThat(cache.bytes()).isEqualTo(2L * SIZE);
        assertThat(this.budget.granted()).isZero();
        PartBufferPool second = new PartBufferPool(SIZE, 3, this.budget, cache);
        assertThat(second.take()).as("the most recently kept first").isSameAs(two);
        assertThat(second.take()).isSameAs(one);
        byte[] allocated = second.take();
        assertThat(allocated).isNotSameAs(one).isNotSameAs(two);
        assertThat(cache.bytes()).isZero();
        assertThat(this.budget.granted()).as("reused buffers count in the budget as new ones").isEqualTo(3L * SIZE);
    }

    @Test
    void bufferReleasedAfterTheUploadEndedIsNotKept() throws InterruptedException {
        PartBufferCache cache = new PartBufferCache(4L * SIZE);
        PartBufferPool aborted = new PartBufferPool(SIZE, 2, this.budget, cache);
        byte[] inFlight = aborted.take();
        aborted.close();
        aborted.release(inFlight);
        assertThat(cache.bytes()).isZero();
        assertThat(new PartBufferPool(SIZE, 2, this.budget, cache).take()).isNotSameAs(inFlight);
    }

    @Test
    void cacheKeepsAtMostItsCapacityAndDropsTheOldestBuffers() {
        PartBufferCache cache = new PartBufferCache(2L * SIZE);
        byte[] oldest = new byte[SIZE];
        byte[] older = new byte[SIZE];
        byte[] newest = new byte[SIZE];
        cache.keep(oldest);
        cache.keep(older);
        cache.keep(newest);
        assertThat(cache.bytes()).isEqualTo(2L * SIZE);
        assertThat(cache.take(SIZE)).isSameAs(newest);
        assertThat(cache.take(SIZE)).isSameAs(older);
        assertThat(cache.take(SIZE)).isNull();
    }

    @Test
    void buffersAreOnlyReusedForTheirExactSize() {
        PartBufferCache cache = new PartBufferCache(8L * SIZE);
        byte[] large = new byte[2 * SIZE];
        cache.keep(large);
        assertThat(cache.take(SIZE)).isNull();
        assertThat(cache.take(3 * SIZE)).isNull();
        assertThat(cache.take(2 * SIZE)).isSameAs(large);
    }

    @Test
    void smallBuffersAndBuffersLargerThanTheCapacityAreNotKept() {
        PartBufferCache cache = new PartBufferCache(2L * SIZE);
        cache.keep(new byte[SIZE - 1]);
        cache.keep(new byte[3 * SIZE]);
        assertThat(cache.bytes()).isZero();
        PartBufferCache.NONE.keep(new byte[SIZE]);
        assertThat(PartBufferCache.NONE.bytes()).isZero();
    }

    @Test
    void sharedCacheIsAsLargeAsTheSharedBudget() {
        assertThat(PartBufferCache.shared()).isSameAs(PartBufferCache.shared());
        assertThat(PartBufferCache.shared().capacity()).isEqualTo(PartBufferBudget.shared().capacity());
    }

}
