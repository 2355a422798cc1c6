package dev.miniospring.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A socket's input read through a buffer, one system call per refill: unlike
 * {@code BufferedInputStream}, a read that the buffer satisfies only in part returns what
 * it has instead of asking the network how many bytes are waiting (an {@code ioctl} per
 * refill), and a read at least as large as the buffer bypasses it.
 */
final class NetworkReadBuffer extends InputStream {

    private final InputStream in;

    private final byte[] buffer;

    private int position;

    private int limit;

    NetworkReadBuffer(InputStream in, int size) {
        this.in = in;
        this.buffer = new byte[size];
    }

    @Override
    public int read() throws IOException {
        if (this.position == this.limit) {
            fill();
            if (this.position == this.limit) {
                return -1;
            }
        }
        return this.buffer[this.position++] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        if (this.position == this.limit) {
            if (length >= this.buffer.length) {
                return this.in.read(bytes, offset, length);
            }
            int read = fill();
            if (read <= 0) {
                return read;
            }
        }
        int count = Math.min(length, this.limit - this.position);
        System.arraycopy(this.buffer, this.position, bytes, offset, count);
        this.position += count;
        return count;
    }

    private int fill() throws IOException {
        int read = this.in.read(this.buffer, 0, this.buffer.length);
        if (read > 0) {
            this.position = 0;
            this.limit = read;
        }
        return read;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(Integer.MAX_VALUE, (long) (this.limit - this.position) + this.in.available());
    }

    @Override
    public void close() throws IOException {
        this.in.close();
    }

}
