package dev.miniospring.benchmarks.server;

import java.io.IOException;

/**
 * The request line and header fields of one HTTP/1.1 request.
 *
 * @param method the method
 * @param rawPath the path, not decoded
 * @param rawQuery the query, not decoded, or {@code null}
 * @param http10 whether the request is HTTP/1.0, whose connection closes after the answer
 * @param headers the header fields
 */
record RequestHead(String method, String rawPath, String rawQuery, boolean http10, RequestHeaders headers) {

    /**
     * Parses a request head, without its final empty line.
     * @param text the head, lines separated by CRLF
     * @return the head
     * @throws IOException when the request line or a field is malformed
     */
    static RequestHead parse(String text) throws IOException {
        String[] lines = text.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            throw new IOException("Malformed request line: " + lines[0]);
        }
        RequestHeaders headers = new RequestHeaders();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new IOException("Malformed header field: " + lines[i]);
            }
            headers.add(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
        }
        String target = requestLine[1];
        int question = target.indexOf('?');
        return new RequestHead(requestLine[0], (question < 0) ? target : target.substring(0, question),
                (question < 0) ? null : target.substring(question + 1), requestLine[2].equals("HTTP/1.0"), headers);
    }

    /**
     * Tells whether the connection closes after the answer.
     * @return {@code true} for HTTP/1.0 and for {@code Connection: close}
     */
    boolean closes() {
        return this.http10 || "close".equalsIgnoreCase(this.headers.first("Connection"));
    }

    /**
     * Tells whether the client waits for {@code 100 Continue} before it sends the body.
     * @return {@code true} for {@code Expect: 100-continue}
     */
    boolean expectsContinue() {
        return "100-continue".equalsIgnoreCase(this.headers.first("Expect"));
    }

}
