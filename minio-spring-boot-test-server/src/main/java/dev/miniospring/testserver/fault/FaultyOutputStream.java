package dev.miniospring.testserver.fault;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Passes bytes on up to a limit, at most at a given rate; reaching the limit throws
 * {@link LimitReached}. Waits end when the proxy closes.
 */
final class FaultyOutputStream extends FilterOutputStream {

    private static final long SLICES_PER_SECOND = 50;

    private final long limit;

    private final long bytesPerSecond;

    private final CountDownLatch closing;

    private final long start = System.nanoTime();

    private long written;

    FaultyOutputStream(OutputStream out, long limit, long bytesPerSecond, CountDownLatch closing) {
        super(out);
        this.limit = limit;
        this.bytesPerSecond = bytesPerSecond;
        this.closing = closing;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        int position = offset;
        int remaining = length;
        while (remaining > 0) {
            int slice = (int) Math.min(Math.min(remaining, sliceSize()), this.limit - this.written);
            if (slice <= 0) {
                this.out.flush();
                throw new LimitReached();
            }
            this.out.write(buffer, position, slice);
            this.written += slice;
            position += slice;
            remaining -= slice;
            pace();
        }
    }

    private long sliceSize() {
        return (this.bytesPerSecond > 0) ? Math.max(1, this.bytesPerSecond / SLICES_PER_SECOND) : Long.MAX_VALUE;
    }

    private void pace() throws IOException {
        if (this.bytesPerSecond <= 0) {
            return;
        }
        this.out.flush();
        long due = this.start + this.written * TimeUnit.SECONDS.toNanos(1) / this.bytesPerSecond;
        try {
            if (this.closing.await(due - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw new IOException("Fault proxy closed");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while throttling", ex);
        }
    }

    /**
     * Thrown when the limit is reached: the caller then performs the fault.
     */
    static final class LimitReached extends IOException {

        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("Fault limit reached");
        }

    }

}
