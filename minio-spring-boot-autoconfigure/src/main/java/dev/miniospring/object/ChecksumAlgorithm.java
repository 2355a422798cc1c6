package dev.miniospring.object;

import java.util.Locale;

/**
 * The algorithms of S3's end-to-end checksums ({@code x-amz-checksum-*}): computed by the
 * client over the data it sends, verified and stored by the server, returned on request
 * and verified by the client on download.
 *
 * @since 0.1.0
 */
public enum ChecksumAlgorithm {

    /**
     * CRC-32C (Castagnoli), the default: a CPU instruction on current x86 and ARM
     * processors, so nearly free.
     */
    CRC32C,

    /**
     * CRC-32 (the one of zip and Ethernet).
     */
    CRC32,

    /**
     * SHA-1.
     */
    SHA1,

    /**
     * SHA-256: a cryptographic hash, several times slower than the CRCs.
     */
    SHA256;

    /**
     * Returns the name S3 gives the algorithm, as in
     * {@code x-amz-checksum-algorithm: CRC32C}.
     * @return the name, such as {@code CRC32C} or {@code SHA256}
     */
    public String s3Name() {
        return name();
    }

    /**
     * Returns the header that carries a checksum of this algorithm.
     * @return the header name, such as {@code x-amz-checksum-crc32c}
     */
    public String headerName() {
        return "x-amz-checksum-" + name().toLowerCase(Locale.ROOT);
    }

}
