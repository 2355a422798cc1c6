package dev.miniospring.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server that accepts every connection, reads what the client sends (or only the
 * request headers) and never answers: the unresponsive server that only timeouts protect
 * a client from.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;

    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private final AtomicInteger accepted = new AtomicInteger();

    private final boolean readsBodies;

    private SilentServer(boolean readsBodies) throws IOException {
        this.readsBodies = readsBodies;
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
        return new SilentServer(true);
    }

    /**
     * Starts a server on a free port of 127.0.0.1 that reads the headers of the first
     * request of each connection and then stops reading, so that a client sending a large
     * body blocks once the socket buffers are full.
     * @return the running server
     * @throws IOException when the port cannot be opened
     */
    public static SilentServer startReadingHeadersOnly() throws IOException {
        return new SilentServer(false);
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
                Runnable read = this.readsBodies ? () -> drain(connection) : () -> readHeaders(connection);
                Thread reader = new Thread(read, "silent-server-connection");
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
