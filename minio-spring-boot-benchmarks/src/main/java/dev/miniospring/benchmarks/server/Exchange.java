package dev.miniospring.benchmarks.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One request of the do-nothing server, its body already read, and the answer to it.
 */
final class Exchange {

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private static volatile String date = "";

    private static volatile long dateSecond;

    private final RequestHead request;

    private final Transport transport;

    private boolean answered;

    Exchange(RequestHead request, Transport transport) {
        this.request = request;
        this.transport = transport;
    }

    static void sendContinue(Transport transport) throws IOException {
        transport.write(ByteBuffer.wrap(CONTINUE));
    }

    RequestHead request() {
        return this.request;
    }

    boolean answered() {
        return this.answered;
    }

    /**
     * Answers with a body of bytes.
     */
    void respond(int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.put("Content-Length", Integer.toString(body.length));
        byte[] head = head(status, headers);
        this.transport.write(ByteBuffer.allocate(head.length + body.length).put(head).put(body).flip());
    }

    /**
     * Answers without a body; a {@code Content-Length} among the headers (HEAD) is kept,
     * otherwise it is 0 (none for 204).
     */
    void respondEmpty(int status, Map<String, String> headers) throws IOException {
        if (status != 204) {
            headers.putIfAbsent("Content-Length", "0");
        }
        this.transport.write(ByteBuffer.wrap(head(status, headers)));
    }

    /**
     * Answers with a range of the generated object content, written
     * {@value GeneratedContent#WRITE_SIZE} bytes at a time.
     */
    void respondGenerated(int status, Map<String, String> headers, long first, long length) throws IOException {
        headers.put("Content-Length", Long.toString(length));
        this.transport.write(ByteBuffer.wrap(head(status, headers)));
        for (long sent = 0; sent < length;) {
            int chunk = (int) Math.min(GeneratedContent.WRITE_SIZE, length - sent);
            this.transport.write(GeneratedContent.window(this.transport.direct(), first + sent, chunk));
            sent += chunk;
        }
    }

    private byte[] head(int status, Map<String, String> headers) {
        this.answered = true;
        StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ")
            .append(status)
            .append(' ')
            .append(reason(status))
            .append("\r\nDate: ")
            .append(date())
            .append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (this.request.closes()) {
            head.append("Connection: close\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 206 -> "Partial Content";
            case 405 -> "Method Not Allowed";
            default -> "Status";
        };
    }

    private static String date() {
        long second = System.currentTimeMillis() / 1000;
        if (second != dateSecond) {
            date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
            dateSecond = second;
        }
        return date;
    }

}
