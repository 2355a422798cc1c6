package dev.miniospring.http;

/**
 * How the bodies of uploads are protected.
 *
 * @since 0.1.0
 */
public enum PayloadSigning {

    /**
     * The SHA-256 of every body is part of the request signature ({@code x-amz-content-sha256}). The default: the
     * signature covers the content end to end, over HTTP and HTTPS alike, on every S3 server.
     */
    SIGNED,

    /**
     * Bodies are sent as {@code UNSIGNED-PAYLOAD} with an {@code x-amz-checksum-crc32c} header the server verifies:
     * about 1.5 to 1.9 times faster for large uploads (CRC32C is a CPU instruction, SHA-256 is not free). The
     * checksum catches corruption, not tampering: use it over HTTPS, with servers that verify S3 checksums (AWS S3,
     * recent MinIO).
     */
    CHECKSUM

}
