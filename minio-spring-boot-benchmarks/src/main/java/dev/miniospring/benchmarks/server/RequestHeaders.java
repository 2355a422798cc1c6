package dev.miniospring.benchmarks.server;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header fields of one request, by lower-case name (the first value of a repeated
 * field).
 */
final class RequestHeaders {

    private final Map<String, String> values = new HashMap<>();

    void add(String name, String value) {
        this.values.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
    }

    /**
     * Returns the value of a field.
     * @param name the name, in any case
     * @return the value, or {@code null} when absent
     */
    String first(String name) {
        return this.values.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the lower-case names of the fields present.
     * @return the names
     */
    Set<String> names() {
        return this.values.keySet();
    }

}
