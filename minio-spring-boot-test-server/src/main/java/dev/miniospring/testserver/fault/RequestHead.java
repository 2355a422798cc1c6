package dev.miniospring.testserver.fault;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request line and headers of one request the proxy received, as matched by
 * {@link FaultRule}s.
 *
 * @since 0.1.0
 */
public final class RequestHead {

    private final HttpHead head;

    private final String method;

    private final String path;

    private final Map<String, String> query;

    RequestHead(HttpHead head) {
        this.head = head;
        String[] parts = head.startLine().split(" ");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Malformed request line: " + head.startLine());
        }
        this.method = parts[0];
        int questionMark = parts[1].indexOf('?');
        this.path = (questionMark < 0) ? parts[1] : parts[1].substring(0, questionMark);
        this.query = (questionMark < 0) ? Map.of() : parseQuery(parts[1].substring(questionMark + 1));
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = (equals < 0) ? parameter : parameter.substring(0, equals);
            String value = (equals < 0) ? "" : parameter.substring(equals + 1);
            parameters.putIfAbsent(decode(name), decode(value));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * Returns the method, such as {@code PUT}.
     * @return the method
     */
    public String method() {
        return this.method;
    }

    /**
     * Returns the raw (still percent-encoded) path, such as {@code /bucket/key}.
     * @return the path
     */
    public String path() {
        return this.path;
    }

    /**
     * Returns the decoded query parameters (the first value of each name); a parameter
     * without value maps to "".
     * @return the parameters
     */
    public Map<String, String> query() {
        return this.query;
    }

    /**
     * Returns the first value of a header, ignoring the case of its name.
     * @param name the header name
     * @return the value, or {@code null} when absent
     */
    public String header(String name) {
        return this.head.header(name);
    }

    /**
     * Returns the headers as received, in order.
     * @return name and value pairs
     */
    public List<String[]> headers() {
        return this.head.headers();
    }

    HttpHead head() {
        return this.head;
    }

    @Override
    public String toString() {
        return this.head.startLine();
    }

}
