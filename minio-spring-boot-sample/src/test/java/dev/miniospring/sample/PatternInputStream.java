package dev.miniospring.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stream of a given length of reproducible, non-repeating-looking bytes, generated on
 * the fly without a buffer.
 */
final class PatternInputStream extends InputStream {

    private final long length;

    private long position;

    PatternInputStream(long length) {
        this.length = length;
    }

    @Override
    public int read() {
        return (this.position < this.length) ? byteAt(this.position++) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (this.position >= this.length) {
            return -1;
        }
        int n = (int) Math.min(count, this.length - this.position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) byteAt(this.position++);
        }
        return n;
    }

    private static int byteAt(long index) {
        return (int) ((index * 31 + (index >>> 10) * 7 + (index >>> 20)) & 0xFF);
    }

    /**
     * Reads a stream to its end and returns its SHA-256 digest in hex.
     * @param in the stream, closed when read
     * @return the digest
     */
    static String sha256(InputStream in) {
        try (DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digesting.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
