package dev.miniospring.internal.upload;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The part buffers of one upload, all of one size: taken from the {@link PartBufferCache}
 * or allocated on first need, up to a maximum and as far as the JVM-wide
 * {@link PartBufferBudget} allows, then reused, and kept in the cache when the upload
 * ends. Taking a buffer blocks while all of them are in use (until a part upload, itself
 * bounded by the HTTP timeouts, releases one), which bounds the memory of an upload.
 *
 * <p>
 * Buffers are taken, and the pool closed, by the uploading thread; part upload threads
 * release them.
 */
final class PartBufferPool implements AutoCloseable {

    private final int bufferSize;

    private final int maxBuffers;

    private final PartBufferBudget budget;

    private final PartBufferCache cache;

    private final BlockingQueue<byte[]> free;

    private int allocated;

    PartBufferPool(int bufferSize, int maxBuffers, PartBufferBudget budget, PartBufferCache cache) {
        this.bufferSize = bufferSize;
        this.maxBuffers = maxBuffers;
        this.budget = budget;
        this.cache = cache;
        this.free = new LinkedBlockingQueue<>(maxBuffers);
    }

    /**
     * Takes a buffer: a released one, a new one the budget grants, or the next one
     * released.
     * @throws dev.miniospring.MinioException when the budget grants no first buffer
     * within its maximum wait
     */
    byte[] take() throws InterruptedException {
        byte[] buffer = this.free.poll();
        if (buffer != null) {
            return buffer;
        }
        if (this.allocated == 0) {
            this.budget.acquire(this.bufferSize);
            return allocate();
        }
        if (this.allocated < this.maxBuffers && this.budget.tryAcquire(this.bufferSize)) {
            return allocate();
        }
        return this.free.take();
    }

    private byte[] allocate() {
        try {
            byte[] buffer = this.cache.take(this.bufferSize);
            if (buffer == null) {
                buffer = new byte[this.bufferSize];
            }
            this.allocated++;
            return buffer;
        }
        catch (OutOfMemoryError ex) {
            this.budget.release(this.bufferSize);
            throw ex;
        }
    }

    void release(byte[] buffer) {
        this.free.offer(buffer);
    }

    int bufferSize() {
        return this.bufferSize;
    }

    /**
     * Gives the memory of all buffers back to the budget and the released buffers to the
     * cache; call once the upload has ended. A buffer released later (by a part upload
     * that outlived an aborted upload) is not kept.
     */
    @Override
    public void close() {
        this.budget.release((long) this.allocated * this.bufferSize);
        this.allocated = 0;
        for (byte[] buffer = this.free.poll(); buffer != null; buffer = this.free.poll()) {
            this.cache.keep(buffer);
        }
    }

}
