package dev.miniospring.testserver.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The start line and headers of an HTTP/1.1 message, read from and written to a stream
 * byte for byte.
 */
final class HttpHead {

    private static final int MAX_HEAD = 64 * 1024;

    private final String startLine;

    private final List<String[]> headers;

    private final int size;

    HttpHead(String startLine, List<String[]> headers, int size) {
        this.startLine = startLine;
        this.headers = List.copyOf(headers);
        this.size = size;
    }

    /**
     * Reads a head up to and including its empty line.
     * @return the head, or {@code null} when the stream ended before its first byte
     */
    static HttpHead read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        for (String line = readLine(in, raw); !line.isEmpty(); line = readLine(in, raw)) {
            lines.add(line);
        }
        if (lines.isEmpty()) {
            if (raw.size() == 0) {
                return null;
            }
            throw new ProtocolException("Empty HTTP head");
        }
        List<String[]> headers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ProtocolException("Malformed header line: " + line);
            }
            headers.add(new String[] { line.substring(0, colon).trim(), line.substring(colon + 1).trim() });
        }
        return new HttpHead(lines.get(0), headers, raw.size());
    }

    /**
     * Reads one CRLF-terminated line; an end of stream before any byte yields an empty
     * line.
     */
    static String readLine(InputStream in, ByteArrayOutputStream raw) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (line.length() == 0) {
                    return "";
                }
                throw new ProtocolException("Connection closed inside a line: " + line);
            }
            raw.write(b);
            if (raw.size() > MAX_HEAD) {
                throw new ProtocolException("HTTP head larger than " + MAX_HEAD + " bytes");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        raw.write('\n');
        return line.toString();
    }

    String startLine() {
        return this.startLine;
    }

    List<String[]> headers() {
        return this.headers;
    }

    int size() {
        return this.size;
    }

    String header(String name) {
        for (String[] header : this.headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    boolean hasToken(String name, String token) {
        String value = header(name);
        if (value == null) {
            return false;
        }
        for (String part : value.split(",")) {
            if (part.trim().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder(this.startLine).append("\r\n");
        for (String[] header : this.headers) {
            text.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        return text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

}
