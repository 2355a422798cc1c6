package dev.miniospring.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Answers every connection like MinIO's listen extension: a chunked
 * {@code text/event-stream} with one line of records, then holds the connection until the
 * client closes it; keeps the request lines it received.
 */
final class ListenStub implements AutoCloseable {

    private final ServerSocket server;

    private final String records;

    final BlockingQueue<String> requestLines = new LinkedBlockingQueue<>();

    ListenStub(String records) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.records = records;
        Thread acceptor = new Thread(this::accept, "sample-listen-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + this.server.getLocalPort();
    }

    private void accept() {
        while (!this.server.isClosed()) {
            try {
                Socket socket = this.server.accept();
                Thread handler = new Thread(() -> serve(socket), "sample-listen-stub-connection");
                handler.setDaemon(true);
                handler.start();
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream input = socket.getInputStream();
            this.requestLines.add(readHead(input));
            byte[] line = this.records.getBytes(StandardCharsets.UTF_8);
            OutputStream output = socket.getOutputStream();
            output.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(line.length) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            output.write(line);
            output.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            output.flush();
            input.transferTo(OutputStream.nullOutputStream());
        }
        catch (IOException ex) {
            // the client went away
        }
    }

    private static String readHead(InputStream input) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = input.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return head.substring(0, Math.max(0, head.indexOf("\r\n")));
    }

    static String record(String eventName, String bucket, String key) {
        return "{\"Records\":[{\"eventVersion\":\"2.0\",\"eventSource\":\"minio:s3\",\"eventName\":\"" + eventName
                + "\",\"eventTime\":\"2026-11-30T10:15:30.123Z\",\"s3\":{\"bucket\":{\"name\":\"" + bucket
                + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":5}}}]}\n";
    }

    @Override
    public void close() throws IOException {
        this.server.close();
    }

}
