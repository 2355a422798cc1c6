package dev.miniospring.object;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A small pool of equally sized part buffers, allocated on first need up to a maximum and then reused: taking a buffer
 * blocks while all of them are in use, which bounds the memory of an upload.
 */
final class PartBufferPool {

    private final int bufferSize;

    private final int maxBuffers;

    private final BlockingQueue<byte[]> free;

    private int allocated;

    PartBufferPool(int bufferSize, int maxBuffers) {
        this.bufferSize = bufferSize;
        this.maxBuffers = maxBuffers;
        this.free = new LinkedBlockingQueue<>(maxBuffers);
    }

    byte[] take() throws InterruptedException {
        byte[] buffer = this.free.poll();
        if (buffer != null) {
            return buffer;
        }
        synchronized (this) {
            if (this.allocated < this.maxBuffers) {
                this.allocated++;
                return new byte[this.bufferSize];
            }
        }
        return this.free.take();
    }

    void release(byte[] buffer) {
        this.free.offer(buffer);
    }

    int bufferSize() {
        return this.bufferSize;
    }

}
