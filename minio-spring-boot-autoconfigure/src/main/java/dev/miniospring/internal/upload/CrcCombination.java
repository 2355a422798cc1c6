package dev.miniospring.internal.upload;

import java.nio.ByteBuffer;
import java.util.Base64;

import dev.miniospring.object.ChecksumAlgorithm;

import org.springframework.util.Assert;

/**
 * Combines the CRCs of consecutive pieces of data into the CRC of their concatenation
 * without reading the data again (zlib's {@code crc32_combine}: the first CRC is advanced
 * over as many zero bits as the second piece has, by repeated squaring of the CRC's shift
 * matrix over GF(2)), so that a multipart upload can send the full-object CRC of parts
 * whose CRCs were computed in parallel.
 */
final class CrcCombination {

    private static final int CRC32_POLYNOMIAL = 0xEDB88320;

    private static final int CRC32C_POLYNOMIAL = 0x82F63B78;

    private final int polynomial;

    private long crc;

    private CrcCombination(ChecksumAlgorithm algorithm) {
        Assert.isTrue(algorithm == ChecksumAlgorithm.CRC32 || algorithm == ChecksumAlgorithm.CRC32C,
                () -> "Only CRC checksums combine, not " + algorithm);
        this.polynomial = (algorithm == ChecksumAlgorithm.CRC32) ? CRC32_POLYNOMIAL : CRC32C_POLYNOMIAL;
    }

    /**
     * Starts the CRC of an empty piece of data.
     * @param algorithm {@link ChecksumAlgorithm#CRC32} or
     * {@link ChecksumAlgorithm#CRC32C}
     * @return the combination
     */
    static CrcCombination of(ChecksumAlgorithm algorithm) {
        return new CrcCombination(algorithm);
    }

    /**
     * Appends a piece of data by its CRC.
     * @param base64 the piece's CRC, in the Base64 form of the {@code x-amz-checksum-*}
     * headers
     * @param length the piece's length in bytes
     * @return this combination
     */
    CrcCombination append(String base64, long length) {
        long next = Integer.toUnsignedLong(ByteBuffer.wrap(Base64.getDecoder().decode(base64)).getInt());
        this.crc = shift(this.crc, length) ^ next;
        return this;
    }

    /**
     * Returns the CRC of the data appended so far.
     * @return the Base64 CRC
     */
    String base64() {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(Integer.BYTES).putInt((int) this.crc).array());
    }

    private long shift(long crc, long length) {
        if (length <= 0) {
            return crc;
        }
        long[] odd = new long[32];
        long[] even = new long[32];
        odd[0] = Integer.toUnsignedLong(this.polynomial);
        for (int n = 1; n < 32; n++) {
            odd[n] = 1L << (n - 1);
        }
        square(even, odd);
        square(odd, even);
        long result = crc;
        for (long remaining = length; remaining != 0;) {
            square(even, odd);
            result = ((remaining & 1) != 0) ? times(even, result) : result;
            remaining >>= 1;
            if (remaining != 0) {
                square(odd, even);
                result = ((remaining & 1) != 0) ? times(odd, result) : result;
                remaining >>= 1;
            }
        }
        return result;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }

}
