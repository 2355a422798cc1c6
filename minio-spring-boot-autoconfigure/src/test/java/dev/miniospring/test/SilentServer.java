package dev.miniospring.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A server that accepts every connection, reads what the client sends (or only the
 * request headers) and never answers, or stops in the middle of its answer: the
 * unresponsive server that only timeouts protect a client from.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;

    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private final AtomicInteger accepted = new AtomicInteger();

    private final Consumer<Socket> handler;

    private SilentServer(Consumer<Socket> handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::accept, "silent-server");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts a server on a free port of 127.0.0.1.
     * @return the running server
     * @throws IOException when the port cannot be opened
     */
    public static SilentServer start() throws IOException {
        return new SilentServer(SilentServer::drain);
    }

    /**
     * Starts a server on a free port of 127.0.0.1 that reads the headers of the first
     * request of each connection and then stops reading, so that a client sending a large
     * body blocks once the socket buffers are full.
     * @return the running server
     * @throws IOException when the port cannot be opened
     */
    public static SilentServer startReadingHeadersOnly() throws IOException {
        return new SilentServer(SilentServer::readHeaders);
    }

    /**
     * Starts a server on a free port of 127.0.0.1 that answers the first request of each
     * connection with a 200 announcing a body of {@code announced} bytes, sends
     * {@code sent} of them, and then sends nothing more while it reads what the client
     * sends.
     * @param announced the Content-Length to announce
     * @param sent the number of body bytes to send
     * @return the running server
     * @throws IOException when the port cannot be opened
     */
    public static SilentServer startStallingBodies(int announced, int sent) throws IOException {
        return new SilentServer((connection) -> stallBody(connection, announced, sent));
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

    private void accept() {
        while (!this.socket.isClosed()) {
            try {
                Socket connection = this.socket.accept();
                this.connections.add(connection);
                this.accepted.incrementAndGet();
                Thread reader = new Thread(() -> this.handler.accept(connection), "silent-server-connection");
                reader.setDaemon(true);
                reader.start();
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private static void drain(Socket connection) {
        byte[] buffer = new byte[8192];
        try (InputStream in = connection.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // read and ignore: the server never answers
            }
        }
        catch (IOException ex) {
            // the client gave up or the server was closed
        }
    }

    private static void stallBody(Socket connection, int announced, int sent) {
        readHeaders(connection);
        try {
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + announced + "\r\nETag: \"e\"\r\n"
                    + "Last-Modified: Mon, 30 Nov 2026 12:00:00 GMT\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[sent]);
            out.flush();
        }
        catch (IOException ex) {
            return;
        }
        drain(connection);
    }

    private static void readHeaders(Socket connection) {
        int matched = 0;
        try {
            InputStream in = connection.getInputStream();
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
            }
        }
        catch (IOException ex) {
            // the client gave up or the server was closed
        }
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
        for (Socket connection : this.connections) {
            connection.close();
        }
    }

}
