package dev.miniospring.signing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes at most a given number of bytes to its target and fails on more, so a stream
 * longer than declared can never corrupt an HTTP message.
 */
final class BoundedOutputStream extends FilterOutputStream {

    private long remaining;

    BoundedOutputStream(OutputStream out, long limit) {
        super(out);
        this.remaining = limit;
    }

    @Override
    public void write(int b) throws IOException {
        ensureRoom(1);
        this.out.write(b);
        this.remaining--;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureRoom(len);
        this.out.write(b, off, len);
        this.remaining -= len;
    }

    private void ensureRoom(int len) throws IOException {
        if (len > this.remaining) {
            throw new IOException("Stream is longer than its declared length");
        }
    }

}
