package dev.miniospring.http;

/**
 * Finds the characters that HTTP header fields and XML 1.0 documents cannot carry, and
 * writes text holding them safely into exception messages.
 *
 * @since 0.1.0
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * Tells whether text holds a character a header value must not hold: a control
     * character other than tab (CR, LF, NUL, DEL, the C1 controls).
     * @param text the text
     * @return {@code true} when the text cannot be sent as a header value
     */
    public static boolean inHeaderValue(String text) {
        return text.chars().anyMatch((c) -> c != '\t' && Character.isISOControl(c));
    }

    /**
     * Returns the index of the first character XML 1.0 cannot carry, even escaped: the
     * control characters other than tab, LF and CR, unpaired surrogates, U+FFFE and
     * U+FFFF.
     * @param text the text
     * @return the index, or {@code -1} when XML can carry the whole text
     */
    public static int indexOfNonXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSurrogatePair(text, i)) {
                i++;
            }
            else if (!isXml(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns text for an exception message: control characters and the characters XML
     * cannot carry are written as Java-style escapes (a backslash, {@code u} and four hex
     * digits), so the message stays on one line and is safe to log.
     * @param text the text
     * @return the printable text
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSurrogatePair(text, i)) {
                escaped.append(c).append(text.charAt(++i));
            }
            else if (Character.isISOControl(c) || !isXml(c)) {
                escaped.append(String.format("\\u%04X", (int) c));
            }
            else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean isSurrogatePair(String text, int index) {
        return Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
    }

    private static boolean isXml(char c) {
        return (c >= 0x20 && c <= 0xD7FF) || c == '\t' || c == '\n' || c == '\r' || (c >= 0xE000 && c <= 0xFFFD);
    }

}
