package dev.miniospring.test;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A stream of generated, position-dependent bytes that holds nothing in memory,
 * optionally failing after some bytes.
 */
public final class GeneratedInputStream extends InputStream {

    private final long size;

    private final long failAfter;

    private final Supplier<? extends Throwable> failure;

    private long position;

    public GeneratedInputStream(long size) {
        this(size, Long.MAX_VALUE);
    }

    public GeneratedInputStream(long size, long failAfter) {
        this.size = size;
        this.failAfter = failAfter;
        this.failure = () -> new IOException("Simulated read failure at byte " + this.position);
    }

    /**
     * Creates a stream that throws what the supplier gives (an {@link IOException}, an
     * unchecked exception or an {@link Error}) once it has delivered {@code failAfter}
     * bytes.
     */
    public GeneratedInputStream(long size, long failAfter, Supplier<? extends Throwable> failure) {
        this.size = size;
        this.failAfter = failAfter;
        this.failure = failure;
    }

    public static byte byteAt(long position) {
        return (byte) ((position * 31) ^ (position >>> 11));
    }

    public static byte[] bytes(long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = byteAt(offset + i);
        }
        return bytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xFF);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (this.position >= this.failAfter) {
            throw fail();
        }
        if (this.position >= this.size) {
            return -1;
        }
        int count = (int) Math.min(length, Math.min(this.size, this.failAfter) - this.position);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = byteAt(this.position++);
        }
        return count;
    }

    private IOException fail() {
        Throwable thrown = this.failure.get();
        if (thrown instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return (IOException) thrown;
    }

}
