package dev.miniospring.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw socket HTTP stub that answers one request with a large body, either sent as fast
 * as the client reads it or stalled after its first bytes, and records how many body
 * bytes it could write before the client hung up.
 */
public final class LargeBodyStub implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;

    private final ServerSocket socket;

    private final long announced;

    private final long stallAfter;

    private final AtomicLong written = new AtomicLong();

    private final CountDownLatch hungUp = new CountDownLatch(1);

    private LargeBodyStub(long announced, long stallAfter) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.announced = announced;
        this.stallAfter = stallAfter;
        Thread thread = new Thread(this::serve, "large-body-stub");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts a stub that sends its whole body as fast as the client reads it.
     * @param size the body size
     * @return the running stub
     * @throws IOException when the port cannot be opened
     */
    public static LargeBodyStub streaming(long size) throws IOException {
        return new LargeBodyStub(size, size);
    }

    /**
     * Starts a stub that sends the first bytes of its body and then nothing more, keeping
     * the connection open.
     * @param size the announced body size
     * @param sent the number of bytes sent before the body stalls
     * @return the running stub
     * @throws IOException when the port cannot be opened
     */
    public static LargeBodyStub stalling(long size, long sent) throws IOException {
        return new LargeBodyStub(size, sent);
    }

    /**
     * Returns the base URL.
     * @return the URL
     */
    public String url() {
        return "http://127.0.0.1:" + this.socket.getLocalPort();
    }

    /**
     * Waits until the client has closed the connection or the whole body was written.
     * @param timeout the longest wait
     * @return {@code true} when the exchange ended within the timeout
     * @throws InterruptedException when interrupted
     */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return this.hungUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Returns how many body bytes were written to the connection.
     * @return the number of bytes
     */
    public long written() {
        return this.written.get();
    }

    private void serve() {
        try (Socket connection = this.socket.accept()) {
            InputStream in = connection.getInputStream();
            RawHttpStub.readHead(in);
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + this.announced + "\r\nETag: \"e\"\r\n"
                    + "Last-Modified: Mon, 30 Nov 2026 12:00:00 GMT\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            writeBody(out);
            if (this.written.get() < this.announced) {
                in.read();
            }
        }
        catch (IOException ex) {
            // the client hung up
        }
        finally {
            this.hungUp.countDown();
        }
    }

    private void writeBody(OutputStream out) throws IOException {
        byte[] chunk = new byte[CHUNK];
        while (this.written.get() < this.stallAfter) {
            int length = (int) Math.min(chunk.length, this.stallAfter - this.written.get());
            out.write(chunk, 0, length);
            this.written.addAndGet(length);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
    }

}
