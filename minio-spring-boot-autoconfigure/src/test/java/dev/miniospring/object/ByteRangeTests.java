package dev.miniospring.object;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The limits of a {@link ByteRange}.
 */
class ByteRangeTests {

    @Test
    void lastIsTheLastByteOrOpen() {
        assertThat(new ByteRange(2, 4).last()).isEqualTo(5);
        assertThat(new ByteRange(95, 0).last()).isEqualTo(-1);
        assertThat(new ByteRange(Long.MAX_VALUE - 9, 10).last()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rangesBeyondTheLargestPositionAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ByteRange(Long.MAX_VALUE - 8, 10))
            .withMessageStartingWith("'length' 10 from 'offset' ");
        assertThatIllegalArgumentException().isThrownBy(() -> new ByteRange(Long.MAX_VALUE, Long.MAX_VALUE));
    }

}
