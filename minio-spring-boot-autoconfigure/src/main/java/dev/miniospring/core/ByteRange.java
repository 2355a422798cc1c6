package dev.miniospring.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * A byte range of an object to read, and the check that a {@code 206 Partial Content} answer carries that range.
 *
 * @param offset the first byte
 * @param length the number of bytes, {@code 0} for up to the end
 */
public record ByteRange(long offset, long length) {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,19}|\\*)");

    /**
     * Creates a range.
     * @param offset the first byte, not negative
     * @param length the number of bytes, {@code 0} for up to the end; the last byte must fit in a {@code long}
     * @throws IllegalArgumentException naming the invalid argument
     */
    public ByteRange {
        Assert.isTrue(offset >= 0, () -> "'offset' must not be negative (is " + offset + ")");
        Assert.isTrue(length >= 0, () -> "'length' must not be negative (is " + length + ")");
        Assert.isTrue(length == 0 || offset <= Long.MAX_VALUE - (length - 1), () -> "'length' " + length
                + " from 'offset' " + offset + " ends beyond the largest byte position (" + Long.MAX_VALUE + ")");
    }

    /**
     * Returns the {@code Range} header value.
     * @return {@code bytes=offset-last}, or {@code bytes=offset-} up to the end
     */
    public String header() {
        return "bytes=" + this.offset + "-" + ((this.length > 0) ? Long.toString(last()) : "");
    }

    private long last() {
        return this.offset + this.length - 1;
    }

    /**
     * Checks that the headers of a partial answer describe this range: a {@code Content-Range} that starts at the
     * offset and ends within the range, and a {@code Content-Length} (when given) of that many bytes.
     * @param headers the response headers
     * @throws IllegalArgumentException when they do not
     */
    void check(HttpHeaders headers) {
        String contentRange = headers.getFirst(HttpHeaders.CONTENT_RANGE);
        Matcher matcher = CONTENT_RANGE.matcher((contentRange != null) ? contentRange.strip() : "");
        Assert.isTrue(matcher.matches() && answers(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                headers.getContentLength()), () -> "Content-Range " + ((contentRange != null)
                        ? "'" + contentRange + "'" : "missing") + " does not answer the requested range " + header());
    }

    private boolean answers(long first, long last, long contentLength) {
        boolean withinRange = first == this.offset && last >= first && (this.length == 0 || last <= last());
        return withinRange && (contentLength < 0 || contentLength == last - first + 1);
    }

}
