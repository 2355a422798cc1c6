package dev.miniospring.benchmarks.server;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads the requests of one connection: heads through a buffer of {@value #BUFFER_SIZE}
 * bytes, bodies (of a {@code Content-Length} or chunked) discarded in reads of up to
 * {@value #LARGE_READ} bytes into a pooled buffer of the transport's kind, one system
 * call and no copy in the JVM per read on plain connections.
 */
final class RequestReader {

    static final int BUFFER_SIZE = 64 * 1024;

    static final int LARGE_READ = 1024 * 1024;

    private static final Queue<ByteBuffer> DIRECT_POOL = new ConcurrentLinkedQueue<>();

    private static final Queue<ByteBuffer> HEAP_POOL = new ConcurrentLinkedQueue<>();

    private final Transport transport;

    private final ByteBuffer buffer;

    RequestReader(Transport transport) {
        this.transport = transport;
        this.buffer = transport.allocate(BUFFER_SIZE).flip();
    }

    /**
     * Reads the next request head.
     * @return the head, or {@code null} when the connection ended between requests
     * @throws IOException when the head is malformed, too large or cut short
     */
    RequestHead readHead() throws IOException {
        int end = find("\r\n\r\n");
        while (end < 0) {
            if (!fill()) {
                if (this.buffer.hasRemaining()) {
                    throw new EOFException("The connection ended within a request head");
                }
                return null;
            }
            end = find("\r\n\r\n");
        }
        return RequestHead.parse(take(end, 4));
    }

    /**
     * Reads and discards the body of a request.
     * @param head the head of the request
     * @throws IOException when the body is cut short or its framing is not understood
     */
    void discardBody(RequestHead head) throws IOException {
        String encoding = head.headers().first("Transfer-Encoding");
        if (encoding != null) {
            if (!encoding.equalsIgnoreCase("chunked")) {
                throw new IOException("Unsupported Transfer-Encoding: " + encoding);
            }
            discardChunks();
            return;
        }
        String length = head.headers().first("Content-Length");
        skip((length != null) ? Long.parseLong(length) : 0);
    }

    private void discardChunks() throws IOException {
        for (long size = chunkSize(readLine()); size > 0; size = chunkSize(readLine())) {
            skip(size);
            if (!readLine().isEmpty()) {
                throw new IOException("A chunk does not end with CRLF");
            }
        }
        while (!readLine().isEmpty()) {
            // discard the trailer fields
        }
    }

    private static long chunkSize(String line) throws IOException {
        int semicolon = line.indexOf(';');
        try {
            return Long.parseLong(((semicolon < 0) ? line : line.substring(0, semicolon)).trim(), 16);
        }
        catch (NumberFormatException ex) {
            throw new IOException("Malformed chunk size: " + line, ex);
        }
    }

    private String readLine() throws IOException {
        int end = find("\r\n");
        while (end < 0) {
            if (!fill()) {
                throw new EOFException("The connection ended within a chunked body");
            }
            end = find("\r\n");
        }
        return take(end, 2);
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            if (!this.buffer.hasRemaining()) {
                if (left >= BUFFER_SIZE) {
                    skipLarge(left);
                    return;
                }
                if (!fill()) {
                    throw new EOFException("The connection ended within a body");
                }
            }
            int skipped = (int) Math.min(left, this.buffer.remaining());
            this.buffer.position(this.buffer.position() + skipped);
            left -= skipped;
        }
    }

    private void skipLarge(long count) throws IOException {
        Queue<ByteBuffer> pool = this.transport.direct() ? DIRECT_POOL : HEAP_POOL;
        ByteBuffer large = pool.poll();
        if (large == null) {
            large = this.transport.allocate(LARGE_READ);
        }
        try {
            for (long left = count; left > 0;) {
                large.clear().limit((int) Math.min(left, large.capacity()));
                int read = this.transport.read(large);
                if (read < 0) {
                    throw new EOFException("The connection ended within a body");
                }
                left -= read;
            }
        }
        finally {
            pool.offer(large);
        }
    }

    /**
     * Reads more bytes into the buffer.
     * @return {@code false} at the end of the stream
     */
    private boolean fill() throws IOException {
        if (this.buffer.position() == 0 && this.buffer.limit() == this.buffer.capacity()) {
            throw new IOException("A request line or head is longer than " + BUFFER_SIZE + " bytes");
        }
        this.buffer.compact();
        try {
            return this.transport.read(this.buffer) >= 0;
        }
        finally {
            this.buffer.flip();
        }
    }

    private int find(String delimiter) {
        int last = this.buffer.limit() - delimiter.length();
        for (int i = this.buffer.position(); i <= last; i++) {
            if (matches(i, delimiter)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(int index, String delimiter) {
        for (int j = 0; j < delimiter.length(); j++) {
            if (this.buffer.get(index + j) != delimiter.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the text up to an index and moves past the delimiter that follows it.
     */
    private String take(int end, int delimiterLength) {
        byte[] bytes = new byte[end - this.buffer.position()];
        this.buffer.get(bytes);
        this.buffer.position(end + delimiterLength);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

}
