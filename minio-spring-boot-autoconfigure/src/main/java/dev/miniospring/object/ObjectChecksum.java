package dev.miniospring.object;

import org.springframework.util.Assert;

/**
 * The checksum a server stored with an object, as it reports it
 * ({@code x-amz-checksum-*}).
 *
 * @param algorithm the algorithm
 * @param value the Base64 checksum; the checksum of the parts' checksums followed by
 * {@code -N} (N parts) for a composite checksum
 * @param composite whether it is the composite checksum of a multipart upload, which
 * cannot be compared with a checksum of the data itself
 * @since 0.1.0
 */
public record ObjectChecksum(ChecksumAlgorithm algorithm, String value, boolean composite) {

    /**
     * Creates a checksum, checking its values.
     * @param algorithm the algorithm
     * @param value the Base64 value
     * @param composite whether it is composite
     */
    public ObjectChecksum {
        Assert.notNull(algorithm, "'algorithm' must not be null");
        Assert.hasText(value, "'value' must not be empty");
    }

}
