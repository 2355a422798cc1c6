package dev.miniospring.test;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * A raw socket HTTP/1.1 server that keeps connections alive and, on command, closes all
 * of them, as a server or a load balancer closes idle keep-alive connections: it answers
 * every request with a 200 and a small body ({@link #BODY}), counts requests per method,
 * and can hold its answers until a number of requests are in flight, so that a client
 * opens that many connections.
 */
public final class KeepAliveServer implements AutoCloseable {

    /**
     * The body of every answer to a GET.
     */
    public static final String BODY = "hello";

    private static final long WAIT_SECONDS = 10;

    private final ServerSocket socket;

    private final Set<Socket> open = new HashSet<>();

    private final AtomicInteger accepted = new AtomicInteger();

    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private volatile CountDownLatch inFlight = new CountDownLatch(0);

    private KeepAliveServer() throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::accept, "keep-alive-server");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts a server on a free port of 127.0.0.1.
     * @return the running server
     * @throws IOException when the port cannot be opened
     */
    public static KeepAliveServer start() throws IOException {
        return new KeepAliveServer();
    }

    /**
     * Returns the base URL.
     * @return the URL
     */
    public String url() {
        return "http://127.0.0.1:" + this.socket.getLocalPort();
    }

    /**
     * Returns how many connections were accepted.
     * @return the connection count
     */
    public int connections() {
        return this.accepted.get();
    }

    /**
     * Returns how many requests with a method were received (and answered).
     * @param method the method, such as {@code GET}
     * @return the request count
     */
    public int requests(String method) {
        AtomicInteger count = this.requests.get(method);
        return (count != null) ? count.get() : 0;
    }

    /**
     * Holds the answers to the next requests until {@code count} requests are in flight
     * (at most 10 s).
     * @param count the number of requests to wait for
     */
    public void holdAnswersUntilInFlight(int count) {
        this.inFlight = new CountDownLatch(count);
    }

    /**
     * Closes every open connection and waits until all are closed on the server side.
     * @throws InterruptedException when interrupted while waiting
     * @throws IllegalStateException when they are not all closed within 10 s
     */
    public void closeConnections() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (this.open) {
            for (Socket connection : this.open) {
                closeQuietly(connection);
            }
            while (!this.open.isEmpty()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException(this.open.size() + " connections are still open");
                }
                this.open.wait(left);
            }
        }
    }

    private void accept() {
        while (!this.socket.isClosed()) {
            try {
                Socket connection = this.socket.accept();
                synchronized (this.open) {
                    this.open.add(connection);
                }
                this.accepted.incrementAndGet();
                Thread thread = new Thread(() -> serve(connection), "keep-alive-server-connection");
                thread.setDaemon(true);
                thread.start();
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            for (String requestLine = readLine(in); requestLine != null; requestLine = readLine(in)) {
                String method = requestLine.substring(0, requestLine.indexOf(' '));
                in.skipNBytes(readContentLength(in));
                this.requests.computeIfAbsent(method, (key) -> new AtomicInteger()).incrementAndGet();
                awaitInFlight();
                out.write(answer(method));
                out.flush();
            }
        }
        catch (IOException | InterruptedException ex) {
            // the client or the test closed the connection
        }
        finally {
            synchronized (this.open) {
                this.open.remove(connection);
                this.open.notifyAll();
            }
        }
    }

    private void awaitInFlight() throws InterruptedException {
        CountDownLatch latch = this.inFlight;
        latch.countDown();
        latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static long readContentLength(InputStream in) throws IOException {
        long length = 0;
        for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(header.substring(colon + 1).strip());
            }
        }
        return length;
    }

    private static byte[] answer(String method) {
        String body = "GET".equals(method) ? BODY : "";
        String contentLength = "PUT".equals(method) ? "0" : String.valueOf(BODY.length());
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + contentLength
                + "\r\nETag: \"5d41402abc4b2a76b9719d911017c592\"\r\nLast-Modified: Mon, 30 Nov 2026 12:00:00 GMT\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.US_ASCII);
    }

    private static @Nullable String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static void closeQuietly(Socket connection) {
        try {
            connection.close();
        }
        catch (IOException ex) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
        synchronized (this.open) {
            this.open.forEach(KeepAliveServer::closeQuietly);
        }
    }

}
