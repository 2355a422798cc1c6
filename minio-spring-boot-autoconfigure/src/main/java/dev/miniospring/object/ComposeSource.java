package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One source of a compose: a {@link CopySource} (bucket, key, version, conditions, SSE-C
 * key) and optionally the byte range of it that goes into the new object. Immutable; the
 * range is checked against the source's size before the compose starts.
 *
 * @param source the source object
 * @param range the bytes taken from it, or {@code null} for all of it
 * @since 0.1.0
 */
public record ComposeSource(CopySource source, @Nullable ByteRange range) {

    /**
     * Creates a compose source.
     * @param source the source object
     * @param range the bytes taken from it, or {@code null} for all of it
     * @throws IllegalArgumentException naming {@code source} when it is {@code null}
     */
    public ComposeSource {
        Assert.notNull(source, "'source' must not be null");
    }

    /**
     * Returns all of the latest version of an object.
     * @param bucket the source bucket
     * @param key the source key
     * @return the compose source
     */
    public static ComposeSource of(String bucket, String key) {
        return of(CopySource.of(bucket, key));
    }

    /**
     * Returns all of a copy source.
     * @param source the source object, its version, conditions and SSE-C key
     * @return the compose source
     */
    public static ComposeSource of(CopySource source) {
        return new ComposeSource(source, null);
    }

    /**
     * Takes only a byte range of the source.
     * @param offset the first byte, not negative
     * @param length the number of bytes, at least 1
     * @return a new compose source
     * @throws IllegalArgumentException naming {@code offset} or {@code length}
     */
    public ComposeSource withRange(long offset, long length) {
        Assert.isTrue(length > 0, () -> "'length' must be positive (is " + length + ")");
        return new ComposeSource(this.source, new ByteRange(offset, length));
    }

    /**
     * Takes the bytes of the source from an offset to its end.
     * @param offset the first byte, not negative
     * @return a new compose source
     * @throws IllegalArgumentException naming {@code offset}
     */
    public ComposeSource withOffset(long offset) {
        return new ComposeSource(this.source, new ByteRange(offset, 0));
    }

    @Override
    public String toString() {
        return (this.range != null) ? this.source + " bytes " + this.range.offset() + "-"
                + ((this.range.length() > 0) ? Long.toString(this.range.last()) : "") : this.source.toString();
    }

}
