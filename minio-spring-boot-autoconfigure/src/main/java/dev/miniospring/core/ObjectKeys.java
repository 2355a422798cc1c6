package dev.miniospring.core;

import java.nio.charset.StandardCharsets;

import dev.miniospring.http.ControlCharacters;

/**
 * Checks object keys against the S3 rules (1 to 1024 bytes of UTF-8, only characters XML
 * 1.0 can carry) before any request is sent.
 */
final class ObjectKeys {

    private static final int MAX_BYTES = 1024;

    private ObjectKeys() {
    }

    /**
     * Validates the {@code key} argument.
     * @param key the object key
     * @throws IllegalArgumentException naming the rule the key breaks
     */
    public static void validate(String key) {
        validate(key, "key");
    }

    /**
     * Validates an object key passed as the named argument.
     * @param key the object key
     * @param argument the argument name used in the message
     * @throws IllegalArgumentException naming the argument and the rule the key breaks
     */
    public static void validate(String key, String argument) {
        if (key == null) {
            throw new IllegalArgumentException("'" + argument + "' must not be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("'" + argument + "' must not be empty");
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("Invalid '" + argument + "': an object key must be at most " + MAX_BYTES
                    + " bytes of UTF-8 (is " + bytes + ")");
        }
        validateCharacters(key, argument);
    }

    private static void validateCharacters(String key, String argument) {
        int index = ControlCharacters.indexOfNonXml(key);
        if (index != -1) {
            String found = String.format("U+%04X at index %d", (int) key.charAt(index), index);
            throw new IllegalArgumentException("Invalid '" + argument + "' '" + ControlCharacters.escape(key)
                    + "': an object key must only hold characters XML 1.0 can carry, as S3 sends keys in XML "
                    + "documents: no control characters other than tab, LF and CR, no unpaired surrogates, no U+FFFE "
                    + "or U+FFFF (found " + found + ")");
        }
    }

}
