package dev.miniospring.http;

/**
 * How the bodies of uploads are protected.
 *
 * @since 0.1.0
 */
public enum PayloadSigning {

    /**
     * Chosen by the endpoint's scheme, the default: {@link #CHECKSUM} over
     * {@code https://}, where TLS already protects the bytes in transit (the AWS SDK does
     * the same), and {@link #SIGNED} over plain {@code http://}, where nothing else does.
     */
    AUTO,

    /**
     * The SHA-256 of every body is part of the request signature
     * ({@code x-amz-content-sha256}): the signature covers the content end to end, on
     * every S3 server, at the cost of a SHA-256 pass over every byte uploaded.
     */
    SIGNED,

    /**
     * Bodies are sent as {@code UNSIGNED-PAYLOAD} with an {@code x-amz-checksum-crc32c}
     * header (or the checksum the upload asks for) that the server verifies and stores:
     * about 1.5 to 1.9 times faster for large uploads (CRC32C is a CPU instruction,
     * SHA-256 is not free). The checksum catches corruption, not tampering: use it over
     * HTTPS, with servers that verify S3 checksums (AWS S3, recent MinIO).
     */
    CHECKSUM;

    /**
     * Returns the protection for an endpoint: this one, or for {@link #AUTO} the one its
     * scheme calls for.
     * @param https whether the endpoint is an {@code https://} URL
     * @return {@link #SIGNED} or {@link #CHECKSUM}
     */
    public PayloadSigning forEndpoint(boolean https) {
        if (this != AUTO) {
            return this;
        }
        return https ? CHECKSUM : SIGNED;
    }

}
