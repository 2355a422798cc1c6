package dev.miniospring.internal.transport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.miniospring.object.MetadataNames;

import org.springframework.http.HttpHeaders;

/**
 * Maps user metadata to and from {@code x-amz-meta-*} headers. Values that are not safe
 * as raw header text (non-ASCII or control characters, leading or trailing whitespace, or
 * text that looks like an encoded word) are sent as an RFC 2047 encoded word
 * {@code =?UTF-8?B?base64?=}, as AWS S3 itself returns such values; encoded words (B or
 * Q) are decoded when read back.
 *
 * @since 0.1.0
 */
public final class UserMetadata {

    private static final Pattern ENCODED_WORDS = Pattern
        .compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=(?:\\s+(?==\\?[^?\\s]+\\?[BbQq]\\?))?");

    private UserMetadata() {
    }

    public static void addHeaders(S3Request.Builder request, Map<String, String> metadata) {
        metadata.forEach((name, value) -> request.header(MetadataNames.headerName(name), encode(value)));
    }

    public static Map<String, String> fromHeaders(HttpHeaders headers) {
        Map<String, String> metadata = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (MetadataNames.isMetadataHeader(name) && !values.isEmpty()) {
                metadata.put(MetadataNames.withoutPrefix(name).toLowerCase(Locale.ROOT), decode(values.get(0)));
            }
        });
        return metadata;
    }

    public static String encode(String value) {
        if (isSafe(value)) {
            return value;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    public static String decode(String value) {
        Matcher matcher = ENCODED_WORDS.matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(decodeWord(matcher)));
        }
        return matcher.appendTail(decoded).toString();
    }

    private static String decodeWord(Matcher word) {
        try {
            Charset charset = Charset.forName(word.group(1));
            byte[] bytes = word.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(word.group(3))
                    : decodeQ(word.group(3));
            return new String(bytes, charset);
        }
        catch (IllegalArgumentException ex) {
            return word.group();
        }
    }

    private static byte[] decodeQ(String text) {
        byte[] bytes = new byte[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length()) {
                bytes[length++] = (byte) Integer.parseInt(text.substring(i + 1, i + 3), 16);
                i += 2;
            }
            else {
                bytes[length++] = (byte) ((c == '_') ? ' ' : c);
            }
        }
        return Arrays.copyOf(bytes, length);
    }

    private static boolean isSafe(String value) {
        if (value.contains("=?")
                || (!value.isEmpty() && (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1))))) {
            return false;
        }
        return value.chars().allMatch((c) -> c >= 0x20 && c <= 0x7E);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

}
