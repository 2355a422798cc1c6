package dev.miniospring.http;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Checks header names and values before anything is sent, so that no HTTP client is left
 * to decide what to do with CR, LF or other control characters: the option types apply it
 * when they are built, the transport to every request.
 *
 * @since 0.1.0
 */
public final class HeaderFields {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private HeaderFields() {
    }

    /**
     * Checks a header name: a non-empty HTTP token (RFC 9110).
     * @param name the name
     * @param subject what holds the name, for the message, such as
     * {@code 'requestHeaders'}
     * @throws IllegalArgumentException naming the subject when the name is {@code null}
     * or not a token
     */
    public static void validateName(@Nullable String name, String subject) {
        Assert.notNull(name, () -> subject + " must not contain null names");
        Assert.isTrue(TOKEN.matcher(name).matches(), () -> subject + " name '" + ControlCharacters.escape(name)
                + "' must be a non-empty HTTP token (letters, digits and !#$%&'*+.^_`|~-)");
    }

    /**
     * Checks a header value: no CR, LF or other control character (a tab is allowed).
     * @param value the value
     * @param subject what the value is, for the message, such as {@code 'contentType'}
     * @throws IllegalArgumentException naming the subject when the value is {@code null}
     * or holds a control character
     */
    public static void validateValue(@Nullable String value, String subject) {
        Assert.notNull(value, () -> subject + " must not be null");
        Assert.isTrue(!ControlCharacters.inHeaderValue(value),
                () -> subject + " must not contain CR, LF or other control characters");
    }

}
