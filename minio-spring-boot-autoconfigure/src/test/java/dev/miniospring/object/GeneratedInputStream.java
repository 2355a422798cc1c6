package dev.miniospring.object;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream of generated, position-dependent bytes that holds nothing in memory, optionally failing after some bytes.
 */
final class GeneratedInputStream extends InputStream {

    private final long size;

    private final long failAfter;

    private long position;

    GeneratedInputStream(long size) {
        this(size, Long.MAX_VALUE);
    }

    GeneratedInputStream(long size, long failAfter) {
        this.size = size;
        this.failAfter = failAfter;
    }

    static byte byteAt(long position) {
        return (byte) ((position * 31) ^ (position >>> 11));
    }

    static byte[] bytes(long offset, int length) {
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
            throw new IOException("Simulated read failure at byte " + this.position);
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

}
