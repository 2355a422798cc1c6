package dev.miniospring.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A stub of MinIO's listen wire format on a raw socket: each connection plays the next
 * script, which writes a chunked {@code text/event-stream} response and then drops the
 * connection or waits for the client to close it.
 */
final class MinioListenStub implements AutoCloseable {

    private final ServerSocket serverSocket;

    private final List<Script> scripts;

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private final BlockingQueue<List<String>> requests = new LinkedBlockingQueue<>();

    private final BlockingQueue<Integer> clientClosed = new LinkedBlockingQueue<>();

    MinioListenStub(Script... scripts) throws IOException {
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.scripts = List.of(scripts);
        Thread acceptor = new Thread(this::accept, "minio-listen-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
    }

    /**
     * Returns the request line and headers of the next connection, waiting for it.
     */
    List<String> nextRequest() throws InterruptedException {
        return this.requests.take();
    }

    /**
     * Returns the number of the next connection the client closed (0-based), waiting for
     * it.
     */
    int nextClientClose() throws InterruptedException {
        return this.clientClosed.take();
    }

    private void accept() {
        int connection = 0;
        while (!this.serverSocket.isClosed()) {
            try {
                Socket socket = this.serverSocket.accept();
                this.sockets.add(socket);
                int number = connection++;
                Thread handler = new Thread(() -> serve(socket, number), "minio-listen-stub-" + number);
                handler.setDaemon(true);
                handler.start();
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void serve(Socket socket, int number) {
        try (socket) {
            this.requests.add(readHead(socket.getInputStream()));
            Script script = (number < this.scripts.size()) ? this.scripts.get(number) : Script.HOLD;
            script.play(new Session(socket, number));
        }
        catch (IOException ex) {
            // the client went away: nothing to serve
        }
    }

    private static List<String> readHead(InputStream input) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.ISO_8859_1), 1);
        List<String> head = new ArrayList<>();
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            head.add(line);
        }
        return head;
    }

    @Override
    public void close() throws IOException {
        this.serverSocket.close();
        for (Socket socket : this.sockets) {
            socket.close();
        }
    }

    static String event(String eventName, String encodedKey, long size) {
        return "{\"eventVersion\":\"2.0\",\"eventSource\":\"minio:s3\",\"awsRegion\":\"\","
                + "\"eventTime\":\"2026-11-27T10:15:30.123Z\",\"eventName\":\"" + eventName + "\","
                + "\"userIdentity\":{\"principalId\":\"minioadmin\"},\"requestParameters\":{\"principalId\":"
                + "\"minioadmin\",\"region\":\"\",\"sourceIPAddress\":\"127.0.0.1\"},\"responseElements\":"
                + "{\"x-amz-request-id\":\"1799F0B4C1E6F6B1\",\"x-minio-origin-endpoint\":\"http://127.0.0.1:9000\"},"
                + "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"Config\",\"bucket\":{\"name\":\"photos\","
                + "\"ownerIdentity\":{\"principalId\":\"minioadmin\"},\"arn\":\"arn:aws:s3:::photos\"},\"object\":"
                + "{\"key\":\"" + encodedKey + "\",\"size\":" + size + ",\"eTag\":\"d41d8cd98f00b204e9800998ecf8427e\","
                + "\"contentType\":\"image/jpeg\",\"userMetadata\":{\"content-type\":\"image/jpeg\"},"
                + "\"sequencer\":\"1799F0B4C2A1E3D2\"}},\"source\":{\"host\":\"127.0.0.1\",\"port\":\"\","
                + "\"userAgent\":\"MinIO (linux; amd64) minio-go/v7.0.70\"}}";
    }

    static String records(String... events) {
        return "{\"Records\":[" + String.join(",", events) + "]}\n";
    }

    /**
     * What one connection does.
     */
    @FunctionalInterface
    interface Script {

        /**
         * Waits for the client to close the connection after the response head.
         */
        Script HOLD = (session) -> session.head(200).holdUntilClientCloses();

        void play(Session session) throws IOException;

    }

    /**
     * One connection as seen by a script.
     */
    final class Session {

        private final Socket socket;

        private final int number;

        private final OutputStream output;

        Session(Socket socket, int number) throws IOException {
            this.socket = socket;
            this.number = number;
            this.output = socket.getOutputStream();
        }

        Session head(int status) throws IOException {
            this.output.write(("HTTP/1.1 " + status + " OK\r\nContent-Type: text/event-stream\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            this.output.flush();
            return this;
        }

        Session chunk(String text) throws IOException {
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            this.output.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            this.output.write(data);
            this.output.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            this.output.flush();
            return this;
        }

        void respond(int status, String body) throws IOException {
            byte[] data = body.getBytes(StandardCharsets.UTF_8);
            this.output.write(("HTTP/1.1 " + status + " Error\r\nContent-Type: application/xml\r\nContent-Length: "
                    + data.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            this.output.write(data);
            this.output.flush();
        }

        Session await(CountDownLatch latch) throws IOException {
            try {
                latch.await();
                return this;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IOException(ex);
            }
        }

        void drop() throws IOException {
            this.socket.close();
        }

        void holdUntilClientCloses() throws IOException {
            try {
                while (this.socket.getInputStream().read() != -1) {
                    // discard
                }
            }
            catch (IOException ex) {
                // reset by the client: closed as well
            }
            MinioListenStub.this.clientClosed.add(this.number);
        }

    }

}
