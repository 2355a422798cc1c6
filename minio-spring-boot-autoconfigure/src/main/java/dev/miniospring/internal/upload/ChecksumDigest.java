package dev.miniospring.internal.upload;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

import org.jspecify.annotations.Nullable;

import dev.miniospring.object.ChecksumAlgorithm;

/**
 * Computes a checksum of one {@link ChecksumAlgorithm} over data given in pieces, and
 * gives it in the Base64 form of the {@code x-amz-checksum-*} headers: the only place
 * where the algorithms are computed.
 *
 * @since 0.1.0
 */
public final class ChecksumDigest {

    private final @Nullable Checksum crc;

    private final @Nullable MessageDigest digest;

    private ChecksumDigest(@Nullable Checksum crc, @Nullable MessageDigest digest) {
        this.crc = crc;
        this.digest = digest;
    }

    /**
     * Starts a checksum.
     * @param algorithm the algorithm
     * @return an empty checksum
     */
    public static ChecksumDigest of(ChecksumAlgorithm algorithm) {
        return switch (algorithm) {
            case CRC32C -> new ChecksumDigest(new CRC32C(), null);
            case CRC32 -> new ChecksumDigest(new CRC32(), null);
            case SHA1 -> new ChecksumDigest(null, messageDigest("SHA-1"));
            case SHA256 -> new ChecksumDigest(null, messageDigest("SHA-256"));
        };
    }

    /**
     * Computes the checksum of a byte array range.
     * @param algorithm the algorithm
     * @param data the array
     * @param offset the first byte
     * @param length the number of bytes
     * @return the Base64 checksum
     */
    public static String base64(ChecksumAlgorithm algorithm, byte[] data, int offset, int length) {
        ChecksumDigest checksum = of(algorithm);
        checksum.update(data, offset, length);
        return checksum.base64();
    }

    /**
     * Adds data.
     * @param data the array
     * @param offset the first byte
     * @param length the number of bytes
     */
    public void update(byte[] data, int offset, int length) {
        if (this.crc != null) {
            this.crc.update(data, offset, length);
        }
        else if (this.digest != null) {
            this.digest.update(data, offset, length);
        }
    }

    /**
     * Adds one byte.
     * @param b the byte, in the low eight bits
     */
    public void update(int b) {
        if (this.crc != null) {
            this.crc.update(b);
        }
        else if (this.digest != null) {
            this.digest.update((byte) b);
        }
    }

    /**
     * Returns the checksum of the data added so far (once: a hash is reset by it).
     * @return the Base64 checksum
     */
    public String base64() {
        byte[] value = (this.crc != null) ? ByteBuffer.allocate(Integer.BYTES).putInt((int) this.crc.getValue()).array()
                : this.digest.digest();
        return Base64.getEncoder().encodeToString(value);
    }

    private static MessageDigest messageDigest(String name) {
        try {
            return MessageDigest.getInstance(name);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(name + " is not available", ex);
        }
    }

}
