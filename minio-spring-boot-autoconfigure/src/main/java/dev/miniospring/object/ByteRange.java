package dev.miniospring.object;

import org.springframework.util.Assert;

/**
 * A byte range of an object to read.
 *
 * @param offset the first byte
 * @param length the number of bytes, {@code 0} for up to the end
 * @since 0.1.0
 */
public record ByteRange(long offset, long length) {

    /**
     * Creates a range.
     * @param offset the first byte, not negative
     * @param length the number of bytes, {@code 0} for up to the end; the last byte must
     * fit in a {@code long}
     * @throws IllegalArgumentException naming the invalid argument
     */
    public ByteRange {
        Assert.isTrue(offset >= 0, () -> "'offset' must not be negative (is " + offset + ")");
        Assert.isTrue(length >= 0, () -> "'length' must not be negative (is " + length + ")");
        Assert.isTrue(length == 0 || offset <= Long.MAX_VALUE - (length - 1), () -> "'length' " + length
                + " from 'offset' " + offset + " ends beyond the largest byte position (" + Long.MAX_VALUE + ")");
    }

    /**
     * Returns the position of the last byte of the range.
     * @return the last byte, or {@code -1} when the range goes up to the end of the
     * object
     */
    public long last() {
        return (this.length > 0) ? this.offset + this.length - 1 : -1;
    }

}
