package dev.miniospring.core;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The {@code Range} header of a {@link ByteRange} and the {@code Content-Range} answers it accepts.
 */
class ByteRangeTests {

    @Test
    void headerNamesTheLastByteOrLeavesTheEndOpen() {
        assertThat(new ByteRange(2, 4).header()).isEqualTo("bytes=2-5");
        assertThat(new ByteRange(95, 0).header()).isEqualTo("bytes=95-");
        assertThat(new ByteRange(Long.MAX_VALUE - 9, 10).header())
            .isEqualTo("bytes=" + (Long.MAX_VALUE - 9) + "-" + Long.MAX_VALUE);
    }

    @Test
    void rangesBeyondTheLargestPositionAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ByteRange(Long.MAX_VALUE - 8, 10))
            .withMessageStartingWith("'length' 10 from 'offset' ");
        assertThatIllegalArgumentException().isThrownBy(() -> new ByteRange(Long.MAX_VALUE, Long.MAX_VALUE));
    }

    @Test
    void acceptsTheRangeOrAShorterOneFromTheSameOffset() {
        assertThatNoException().isThrownBy(() -> new ByteRange(2, 4).check(contentRange("bytes 2-5/100", 4)));
        assertThatNoException().isThrownBy(() -> new ByteRange(2, 4).check(contentRange("bytes 2-3/4", 2)));
        assertThatNoException().isThrownBy(() -> new ByteRange(95, 0).check(contentRange("bytes 95-99/*", -1)));
    }

    @Test
    void rejectsOtherRangesAndMalformedValues() {
        ByteRange range = new ByteRange(2, 4);
        for (String other : new String[] { "bytes 0-5/100", "bytes 2-6/100", "bytes 3-2/100", "bytes=2-5/100",
                "bytes 2-99999999999999999999/100", "items 2-5/100" }) {
            assertThatIllegalArgumentException().as(other).isThrownBy(() -> range.check(contentRange(other, -1)));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> range.check(new HttpHeaders()))
            .withMessage("Content-Range missing does not answer the requested range bytes=2-5");
    }

    private static HttpHeaders contentRange(String value, long contentLength) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_RANGE, value);
        if (contentLength >= 0) {
            headers.setContentLength(contentLength);
        }
        return headers;
    }

}
