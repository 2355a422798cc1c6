package dev.miniospring.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.ByteRange;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.Assert;

/**
 * Applies a {@link ByteRange} to a GetObject as its {@code Range} header, and checks that
 * the {@code 206 Partial
 * Content} answer carries that range.
 */
final class RangeHeader {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,19}|\\*)");

    private RangeHeader() {
    }

    static void apply(S3Request.Builder request, ByteRange range) {
        request.header(HttpHeaders.RANGE, value(range)).expectStatus(HttpStatus.PARTIAL_CONTENT.value());
    }

    /**
     * Returns the {@code Range} header value.
     * @return {@code bytes=offset-last}, or {@code bytes=offset-} up to the end
     */
    static String value(ByteRange range) {
        return "bytes=" + range.offset() + "-" + ((range.length() > 0) ? Long.toString(range.last()) : "");
    }

    /**
     * Checks that the headers of a partial answer describe a range: a
     * {@code Content-Range} that starts at the offset and ends within the range, and a
     * {@code Content-Length} (when given) of that many bytes.
     * @throws IllegalArgumentException when they do not
     */
    static void check(ByteRange range, HttpHeaders headers) {
        Matcher matcher = contentRange(headers);
        Assert.isTrue(matcher.matches() && answers(range, Long.parseLong(matcher.group(1)),
                Long.parseLong(matcher.group(2)), headers.getContentLength()), () -> mismatch(range, headers, ""));
    }

    /**
     * Checks that the headers of a partial answer carry exactly a range of an object of a
     * known size: a {@code Content-Range} of {@code bytes offset-last/size}.
     * @throws IllegalArgumentException when they do not
     */
    static void checkExact(ByteRange range, long size, HttpHeaders headers) {
        Matcher matcher = contentRange(headers);
        Assert.isTrue(matcher.matches() && Long.parseLong(matcher.group(1)) == range.offset()
                && Long.parseLong(matcher.group(2)) == range.last() && Long.toString(size).equals(matcher.group(3)),
                () -> mismatch(range, headers, " of " + size + " bytes"));
    }

    private static Matcher contentRange(HttpHeaders headers) {
        String contentRange = headers.getFirst(HttpHeaders.CONTENT_RANGE);
        return CONTENT_RANGE.matcher((contentRange != null) ? contentRange.strip() : "");
    }

    private static String mismatch(ByteRange range, HttpHeaders headers, String ofSize) {
        String contentRange = headers.getFirst(HttpHeaders.CONTENT_RANGE);
        return "Content-Range " + ((contentRange != null) ? "'" + contentRange + "'" : "missing")
                + " does not answer the requested range " + value(range) + ofSize;
    }

    private static boolean answers(ByteRange range, long first, long last, long contentLength) {
        boolean withinRange = first == range.offset() && last >= first && (range.length() == 0 || last <= range.last());
        return withinRange && (contentLength < 0 || contentLength == last - first + 1);
    }

}
