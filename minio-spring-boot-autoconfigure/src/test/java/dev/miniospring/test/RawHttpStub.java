package dev.miniospring.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw socket HTTP stub that answers every request with a 200 announcing more bytes than
 * it sends, then closes the connection gracefully or resets it: faults a regular HTTP
 * server cannot produce.
 */
public final class RawHttpStub implements AutoCloseable {

    private final ServerSocket socket;

    private final AtomicInteger requests = new AtomicInteger();

    private final int announced;

    private final int sent;

    private final boolean reset;

    /**
     * Starts a stub on a free port of 127.0.0.1.
     * @param announced the Content-Length to announce
     * @param sent the number of bytes to send
     * @param reset whether to reset the connection (else close it gracefully)
     * @return the running stub
     * @throws IOException when the port cannot be opened
     */
    public static RawHttpStub start(int announced, int sent, boolean reset) throws IOException {
        return new RawHttpStub(announced, sent, reset);
    }

    private RawHttpStub(int announced, int sent, boolean reset) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.announced = announced;
        this.sent = sent;
        this.reset = reset;
        Thread thread = new Thread(this::serve, "raw-http-stub");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Returns the base URL.
     * @return the URL
     */
    public String url() {
        return "http://127.0.0.1:" + this.socket.getLocalPort();
    }

    /**
     * Returns how many requests were received.
     * @return the request count
     */
    public int requests() {
        return this.requests.get();
    }

    private void serve() {
        while (!this.socket.isClosed()) {
            try (Socket connection = this.socket.accept()) {
                answer(connection);
            }
            catch (IOException | InterruptedException ex) {
                // the next connection is served, or the stub was closed
            }
        }
    }

    private void answer(Socket connection) throws IOException, InterruptedException {
        readHead(connection.getInputStream());
        this.requests.incrementAndGet();
        OutputStream out = connection.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + this.announced + "\r\nETag: \"e\"\r\n"
                + "Last-Modified: Mon, 30 Nov 2026 12:00:00 GMT\r\n" + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[this.sent]);
        out.flush();
        Thread.sleep(200);
        if (this.reset) {
            connection.setSoLinger(true, 0);
        }
    }

    static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
    }

}
