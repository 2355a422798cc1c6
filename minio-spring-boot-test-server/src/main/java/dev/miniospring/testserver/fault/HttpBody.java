package dev.miniospring.testserver.fault;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;

/**
 * The framing of an HTTP/1.1 message body ({@code Content-Length}, chunked, or up to the
 * end of the connection) and its byte-for-byte copy.
 */
final class HttpBody {

    private static final int BUFFER = 16 * 1024;

    private final long length;

    private final boolean chunked;

    private HttpBody(long length, boolean chunked) {
        this.length = length;
        this.chunked = chunked;
    }

    static HttpBody ofRequest(HttpHead head) throws ProtocolException {
        if (head.hasToken("Transfer-Encoding", "chunked")) {
            return new HttpBody(-1, true);
        }
        return new HttpBody(contentLength(head, 0), false);
    }

    static HttpBody ofResponse(HttpHead head, String requestMethod, int status) throws ProtocolException {
        if ("HEAD".equals(requestMethod) || status < 200 || status == 204 || status == 304) {
            return new HttpBody(0, false);
        }
        if (head.hasToken("Transfer-Encoding", "chunked")) {
            return new HttpBody(-1, true);
        }
        return new HttpBody(contentLength(head, -1), false);
    }

    private static long contentLength(HttpHead head, long absent) throws ProtocolException {
        String value = head.header("Content-Length");
        try {
            return (value != null) ? Long.parseLong(value) : absent;
        }
        catch (NumberFormatException ex) {
            throw new ProtocolException("Bad Content-Length: " + value);
        }
    }

    /**
     * Tells whether the body ends only with the connection.
     */
    boolean untilEof() {
        return !this.chunked && this.length < 0;
    }

    void copy(InputStream in, OutputStream out) throws IOException {
        if (this.chunked) {
            copyChunks(in, out);
        }
        else if (this.length >= 0) {
            copyExactly(in, out, this.length);
        }
        else {
            in.transferTo(out);
        }
        out.flush();
    }

    private static void copyChunks(InputStream in, OutputStream out) throws IOException {
        for (long size = copyLine(in, out); size > 0; size = copyLine(in, out)) {
            copyExactly(in, out, size);
            copyLine(in, out);
        }
        while (!copyTrailerLine(in, out)) {
            // trailers are passed on as they are
        }
    }

    private static long copyLine(InputStream in, OutputStream out) throws IOException {
        String line = readLine(in, out);
        int extension = line.indexOf(';');
        String size = ((extension < 0) ? line : line.substring(0, extension)).trim();
        try {
            return size.isEmpty() ? 0 : Long.parseLong(size, 16);
        }
        catch (NumberFormatException ex) {
            throw new ProtocolException("Bad chunk size: " + line);
        }
    }

    private static boolean copyTrailerLine(InputStream in, OutputStream out) throws IOException {
        return readLine(in, out).isEmpty();
    }

    private static String readLine(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        String line = HttpHead.readLine(in, raw);
        if (raw.size() == 0) {
            throw new EOFException("Connection closed inside a chunked body");
        }
        out.write(raw.toByteArray());
        return line;
    }

    private static void copyExactly(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long remaining = count;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new EOFException("Connection closed " + remaining + " bytes before the end of the body");
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }

    static byte[] chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[size.length + data.length + 2];
        System.arraycopy(size, 0, chunk, 0, size.length);
        System.arraycopy(data, 0, chunk, size.length, data.length);
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        return chunk;
    }

}
