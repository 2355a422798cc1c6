package dev.miniospring.core;

import dev.miniospring.object.ByteRange;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The {@code Range} header of a {@link ByteRange} and the {@code Content-Range} answers
 * it accepts.
 */
class RangeHeaderTests {

    @Test
    void headerNamesTheLastByteOrLeavesTheEndOpen() {
        assertThat(RangeHeader.value(new ByteRange(2, 4))).isEqualTo("bytes=2-5");
        assertThat(RangeHeader.value(new ByteRange(95, 0))).isEqualTo("bytes=95-");
        assertThat(RangeHeader.value(new ByteRange(Long.MAX_VALUE - 9, 10)))
            .isEqualTo("bytes=" + (Long.MAX_VALUE - 9) + "-" + Long.MAX_VALUE);
    }

    @Test
    void acceptsTheRangeOrAShorterOneFromTheSameOffset() {
        assertThatNoException()
            .isThrownBy(() -> RangeHeader.check(new ByteRange(2, 4), contentRange("bytes 2-5/100", 4)));
        assertThatNoException()
            .isThrownBy(() -> RangeHeader.check(new ByteRange(2, 4), contentRange("bytes 2-3/4", 2)));
        assertThatNoException()
            .isThrownBy(() -> RangeHeader.check(new ByteRange(95, 0), contentRange("bytes 95-99/*", -1)));
    }

    @Test
    void rejectsOtherRangesAndMalformedValues() {
        ByteRange range = new ByteRange(2, 4);
        for (String other : new String[] { "bytes 0-5/100", "bytes 2-6/100", "bytes 3-2/100", "bytes=2-5/100",
                "bytes 2-99999999999999999999/100", "items 2-5/100" }) {
            assertThatIllegalArgumentException().as(other)
                .isThrownBy(() -> RangeHeader.check(range, contentRange(other, -1)));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> RangeHeader.check(range, new HttpHeaders()))
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
