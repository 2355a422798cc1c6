package dev.miniospring.internal.upload;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * The part buffers of ended uploads, kept for the next uploads so that each upload does
 * not allocate (and zero) its buffers again: softly referenced, so that the garbage
 * collector reclaims them whenever the heap needs the memory, and at most
 * {@code capacity} bytes, the most recently kept first. Buffers smaller than the minimum
 * size are cheap to allocate and not kept. Only part-sized buffers are meant to be kept
 * (few sizes): a single PUT's buffer, as large as its object, uses {@link #NONE}.
 */
final class PartBufferCache {

    static final int MIN_SIZE = 1024 * 1024;

    /**
     * A cache that keeps nothing.
     */
    static final PartBufferCache NONE = new PartBufferCache(0);

    private static final PartBufferCache SHARED = new PartBufferCache(PartBufferBudget.shared().capacity());

    private final long capacity;

    private final ReentrantLock lock = new ReentrantLock();

    private final Deque<Entry> entries = new ArrayDeque<>();

    private long bytes;

    PartBufferCache(long capacity) {
        this.capacity = capacity;
    }

    /**
     * Returns the cache shared by all uploads of the JVM, as large as the shared
     * {@link PartBufferBudget}.
     */
    static PartBufferCache shared() {
        return SHARED;
    }

    /**
     * Takes a kept buffer of exactly the given size.
     * @return the buffer, or {@code null} when none is kept
     */
    byte @Nullable [] take(int size) {
        if (size < MIN_SIZE) {
            return null;
        }
        this.lock.lock();
        try {
            for (Iterator<Entry> iterator = this.entries.iterator(); iterator.hasNext();) {
                Entry entry = iterator.next();
                boolean match = entry.size() == size;
                byte[] buffer = match ? entry.buffer().get() : null;
                if (match || entry.buffer().refersTo(null)) {
                    iterator.remove();
                    this.bytes -= entry.size();
                }
                if (buffer != null) {
                    return buffer;
                }
            }
            return null;
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Keeps a buffer that no upload uses any more, dropping the oldest ones beyond the
     * capacity.
     */
    void keep(byte[] buffer) {
        if (buffer.length < MIN_SIZE || buffer.length > this.capacity) {
            return;
        }
        this.lock.lock();
        try {
            while (this.bytes + buffer.length > this.capacity) {
                this.bytes -= this.entries.removeLast().size();
            }
            this.entries.addFirst(new Entry(buffer.length, new SoftReference<>(buffer)));
            this.bytes += buffer.length;
        }
        finally {
            this.lock.unlock();
        }
    }

    /**
     * Returns the bytes of the buffers kept, those the garbage collector has reclaimed
     * but that were not looked at since included.
     */
    long bytes() {
        this.lock.lock();
        try {
            return this.bytes;
        }
        finally {
            this.lock.unlock();
        }
    }

    long capacity() {
        return this.capacity;
    }

    private record Entry(int size, SoftReference<byte[]> buffer) {
    }

}
