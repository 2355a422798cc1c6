package dev.miniospring.testserver.fault;

import java.nio.charset.StandardCharsets;

/**
 * A response the proxy sends in the server's place: its head and its body (not sent to a
 * {@code HEAD} request).
 *
 * @param head the response head, as sent
 * @param body the response body
 */
record Canned(byte[] head, byte[] body) {

    static Canned of(int status, String contentType, String body, String... headers) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Fault\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        return new Canned(head.toString().getBytes(StandardCharsets.ISO_8859_1), content);
    }

}
