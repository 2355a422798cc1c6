package dev.miniospring.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.springframework.util.Assert;

/**
 * The body of an S3 request as the signer sees it: either content it can hash (in memory,
 * replayable) or a one-shot stream that is sent with {@code UNSIGNED-PAYLOAD}.
 *
 * @since 0.1.0
 */
public sealed interface RequestPayload permits RequestPayload.Bytes, RequestPayload.Unsigned {

    /**
     * Returns the number of bytes of the body, or {@code -1} when unknown.
     * @return the length
     */
    long length();

    /**
     * Tells whether the payload hash is part of the signature.
     * @return {@code true} for in-memory content
     */
    boolean signed();

    /**
     * Tells whether the body can be written again, so that a failed request may be
     * retried.
     * @return {@code true} for in-memory content, {@code false} for a one-shot stream
     */
    boolean replayable();

    /**
     * Writes the body.
     * @param out the stream to write to
     * @throws IOException on write failure
     */
    void writeTo(OutputStream out) throws IOException;

    /**
     * Returns an empty, signed payload.
     * @return the payload
     */
    static RequestPayload empty() {
        return Bytes.EMPTY;
    }

    /**
     * Returns a signed payload over a byte array range, which is not copied.
     * @param data the array
     * @param offset the first byte
     * @param length the number of bytes
     * @return the payload
     */
    static RequestPayload of(byte[] data, int offset, int length) {
        return new Bytes(data, offset, length);
    }

    /**
     * Returns a signed payload over a whole byte array, which is not copied.
     * @param data the array
     * @return the payload
     */
    static RequestPayload of(byte[] data) {
        return new Bytes(data, 0, data.length);
    }

    /**
     * Returns a payload over a byte array range that is replayable but sent as
     * {@code UNSIGNED-PAYLOAD}, for bodies protected by a checksum header instead.
     * @param data the array
     * @param offset the first byte
     * @param length the number of bytes
     * @return the payload
     */
    static RequestPayload unsignedOf(byte[] data, int offset, int length) {
        return new Bytes(data, offset, length, false);
    }

    /**
     * Returns an unsigned payload that copies exactly {@code length} bytes of a one-shot
     * stream.
     * @param stream the stream, read once
     * @param length the number of bytes to send
     * @return the payload
     */
    static RequestPayload unsigned(InputStream stream, long length) {
        return new Unsigned(stream, length);
    }

    /**
     * In-memory content.
     *
     * @param data the array
     * @param offset the first byte
     * @param count the number of bytes
     * @param sign whether the content's SHA-256 is part of the signature
     */
    record Bytes(byte[] data, int offset, int count, boolean sign) implements RequestPayload {

        static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

        /**
         * Creates signed in-memory content.
         * @param data the array
         * @param offset the first byte
         * @param count the number of bytes
         */
        public Bytes(byte[] data, int offset, int count) {
            this(data, offset, count, true);
        }

        /**
         * The most the template's socket channels write in one system call (the JDK's
         * {@code new Socket()} writes at most 128 KiB per call, and splits larger
         * writes): smaller slices cost more system calls per byte.
         */
        static final int WRITE_SLICE = 1024 * 1024;

        public Bytes {
            Assert.isTrue(offset >= 0 && count >= 0 && offset + count <= data.length, "Invalid byte range");
        }

        /**
         * Opens a fresh stream over the content.
         * @return the stream
         */
        public InputStream newStream() {
            return new ByteArrayInputStream(this.data, this.offset, this.count);
        }

        @Override
        public long length() {
            return this.count;
        }

        @Override
        public boolean signed() {
            return this.sign;
        }

        @Override
        public boolean replayable() {
            return true;
        }

        /**
         * Writes the content in slices of {@link #WRITE_SLICE} bytes, as some HTTP
         * clients copy each write into a buffer of its size.
         */
        @Override
        public void writeTo(OutputStream out) throws IOException {
            for (int written = 0; written < this.count; written += WRITE_SLICE) {
                out.write(this.data, this.offset + written, Math.min(WRITE_SLICE, this.count - written));
            }
        }

    }

    /**
     * A one-shot stream of known length.
     *
     * @param stream the stream
     * @param length the number of bytes to send
     */
    record Unsigned(InputStream stream, long length) implements RequestPayload {

        @Override
        public boolean signed() {
            return false;
        }

        @Override
        public boolean replayable() {
            return false;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            long copied = this.stream.transferTo(new BoundedOutputStream(out, this.length));
            if (copied != this.length) {
                throw new IOException("Stream ended after " + copied + " of " + this.length + " declared bytes");
            }
        }

    }

}
