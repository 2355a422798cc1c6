package dev.miniospring.internal.upload;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.miniospring.MinioException;

/**
 * The memory that the part buffers of all uploads of the JVM may hold together, across
 * templates: a third of the maximum heap. A buffer is granted while it fits, or when no
 * buffer is granted at all (so that one part larger than the budget can still be uploaded
 * on its own); an upload waits for its first buffer at most a bounded time, and gets
 * further buffers only when they fit at once and no other upload is waiting.
 */
final class PartBufferBudget {

    /**
     * How long an upload waits for other uploads to release memory before it fails.
     */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private static final long HEAP_SHARE = 3;

    private static final PartBufferBudget SHARED = new PartBufferBudget(Runtime.getRuntime().maxMemory() / HEAP_SHARE,
            MAX_WAIT);

    private final long capacity;

    private final Duration maxWait;

    private final ReentrantLock lock = new ReentrantLock();

    private final Condition released = this.lock.newCondition();

    private long granted;

    private int waiting;

    PartBufferBudget(long capacity, Duration maxWait) {
        this.capacity = capacity;
        this.maxWait = maxWait;
    }

    /**
     * Returns the budget shared by all uploads of the JVM.
     */
    static PartBufferBudget shared() {
        return SHARED;
    }

    /**
     * Grants memory for a buffer, waiting for other uploads to release theirs.
     * @throws MinioException when the memory was not released within the maximum wait
     */
    void acquire(long bytes) throws InterruptedException {
        this.lock.lockInterruptibly();
        try {
            this.waiting++;
            try {
                awaitRoom(bytes);
            }
            finally {
                this.waiting--;
            }
            this.granted += bytes;
        }
        finally {
            this.lock.unlock();
        }
    }

    private void awaitRoom(long bytes) throws InterruptedException {
        long nanos = this.maxWait.toNanos();
        while (!fits(bytes)) {
            if (nanos <= 0) {
                throw new MinioException("No memory for an upload buffer of " + bytes + " bytes within " + this.maxWait
                        + ": the uploads of this JVM hold " + this.granted + " of their " + this.capacity
                        + " bytes (a third of the maximum heap); upload fewer objects at once, lower the part size"
                        + " or the upload concurrency, or give the JVM more heap", null);
            }
            nanos = this.released.awaitNanos(nanos);
        }
    }

    /**
     * Grants memory for a further buffer only when it fits now and no upload waits for
     * its first one.
     */
    boolean tryAcquire(long bytes) {
        this.lock.lock();
        try {
            if (this.waiting > 0 || !fits(bytes)) {
                return false;
            }
            this.granted += bytes;
            return true;
        }
        finally {
            this.lock.unlock();
        }
    }

    void release(long bytes) {
        this.lock.lock();
        try {
            this.granted -= bytes;
            this.released.signalAll();
        }
        finally {
            this.lock.unlock();
        }
    }

    private boolean fits(long bytes) {
        return this.granted == 0 || this.granted + bytes <= this.capacity;
    }

    long capacity() {
        return this.capacity;
    }

    long granted() {
        this.lock.lock();
        try {
            return this.granted;
        }
        finally {
            this.lock.unlock();
        }
    }

    int waiting() {
        this.lock.lock();
        try {
            return this.waiting;
        }
        finally {
            this.lock.unlock();
        }
    }

}
