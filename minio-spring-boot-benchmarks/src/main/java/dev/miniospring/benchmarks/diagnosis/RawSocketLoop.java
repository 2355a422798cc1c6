package dev.miniospring.benchmarks.diagnosis;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * HTTP/1.1 GETs on blocking sockets without any HTTP library: one keep-alive connection
 * per calling thread, opened on its first request; each request is one write, and the
 * response is read through an 8 KiB buffer (head, then a body of {@code Content-Length}
 * bytes).
 */
final class RawSocketLoop implements RequestLoop {

    private final URI endpoint;

    private final byte[] request;

    private final AtomicReferenceArray<Connection> connections;

    RawSocketLoop(URI endpoint, int maxThreads) {
        this.endpoint = endpoint;
        this.request = ("GET /" + BUCKET + "/" + KEY + " HTTP/1.1\r\nHost: " + endpoint.getAuthority()
                + "\r\nUser-Agent: raw-socket\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        this.connections = new AtomicReferenceArray<>(maxThreads);
    }

    @Override
    public long get(int thread) throws IOException {
        Connection connection = this.connections.get(thread);
        if (connection == null) {
            connection = new Connection(new Socket(this.endpoint.getHost(), this.endpoint.getPort()));
            this.connections.set(thread, connection);
        }
        return connection.exchange(this.request);
    }

    @Override
    public void close() throws IOException {
        for (int i = 0; i < this.connections.length(); i++) {
            Connection connection = this.connections.get(i);
            if (connection != null) {
                connection.socket.close();
            }
        }
    }

    /**
     * One keep-alive connection.
     */
    private static final class Connection {

        private final Socket socket;

        private final OutputStream out;

        private final InputStream in;

        private final byte[] body = new byte[8192];

        private final StringBuilder line = new StringBuilder();

        Connection(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        long exchange(byte[] request) throws IOException {
            this.out.write(request);
            this.out.flush();
            long length = contentLength();
            for (long left = length; left > 0;) {
                int read = this.in.read(this.body, 0, (int) Math.min(this.body.length, left));
                if (read < 0) {
                    throw new EOFException("Connection closed in the body");
                }
                left -= read;
            }
            return length;
        }

        private long contentLength() throws IOException {
            long length = -1;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Long.parseLong(header.substring(15).trim());
                }
            }
            if (length < 0) {
                throw new IOException("Response without Content-Length");
            }
            return length;
        }

        private String readLine() throws IOException {
            this.line.setLength(0);
            for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
                if (c < 0) {
                    throw new EOFException("Connection closed in the response head");
                }
                this.line.append((char) c);
            }
            return this.line.toString().trim();
        }

    }

}
