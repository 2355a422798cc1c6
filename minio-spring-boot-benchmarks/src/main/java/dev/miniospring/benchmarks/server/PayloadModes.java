package dev.miniospring.benchmarks.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts how each client protects the payloads it uploads (SHA-256 in the signature,
 * unsigned, aws-chunked streaming signature, trailing checksum, checksum header), keyed
 * by the client's user agent.
 */
final class PayloadModes {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void record(RequestHeaders headers) {
        String agent = String.valueOf(headers.first("User-Agent"));
        int space = agent.indexOf(' ');
        String client = (space > 0) ? agent.substring(0, space) : agent;
        String mode = mode(headers.first("x-amz-content-sha256"));
        String trailer = headers.first("x-amz-trailer");
        String encoding = headers.first("Content-Encoding");
        String checksum = checksumHeader(headers);
        String key = client + " | content-sha256=" + mode + ((trailer != null) ? " | trailer=" + trailer : "")
                + ((checksum != null) ? " | header=" + checksum : "")
                + ((encoding != null) ? " | content-encoding=" + encoding : "");
        this.counts.computeIfAbsent(key, (k) -> new LongAdder()).increment();
    }

    String report() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(this.counts)
            .forEach((key, count) -> text.append(key).append(" | uploads=").append(count).append('\n'));
        return text.toString();
    }

    private static String checksumHeader(RequestHeaders headers) {
        return headers.names()
            .stream()
            .filter((name) -> name.startsWith("x-amz-checksum-") && !name.equals("x-amz-checksum-algorithm"))
            .findFirst()
            .orElse(null);
    }

    private static String mode(String value) {
        if (value == null) {
            return "absent";
        }
        return (value.length() == 64 && value.chars().allMatch((c) -> Character.digit(c, 16) >= 0)) ? "SHA-256" : value;
    }

}
