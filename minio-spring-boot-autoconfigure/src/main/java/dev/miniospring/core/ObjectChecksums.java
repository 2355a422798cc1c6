package dev.miniospring.core;

import java.util.Base64;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.object.ObjectChecksum;

import org.springframework.http.HttpHeaders;

/**
 * Reads the checksum a GetObject or HeadObject answer reports ({@code x-amz-checksum-*}
 * and {@code x-amz-checksum-type}); checksums of algorithms this client does not compute
 * (such as CRC64NVME) are not reported.
 */
final class ObjectChecksums {

    private static final Pattern PART_COUNT = Pattern.compile("-[1-9][0-9]{0,4}");

    private ObjectChecksums() {
    }

    /**
     * Reads the checksum.
     * @return the checksum, or {@code null} when the answer carries none this client
     * knows
     * @throws IllegalArgumentException when a checksum header is not a valid value of its
     * algorithm
     */
    static @Nullable ObjectChecksum read(HttpHeaders headers) {
        for (ChecksumAlgorithm algorithm : ChecksumAlgorithm.values()) {
            String value = headers.getFirst(algorithm.headerName());
            if (value != null) {
                return checksum(algorithm, value.trim(), headers.getFirst("x-amz-checksum-type"));
            }
        }
        return null;
    }

    private static ObjectChecksum checksum(ChecksumAlgorithm algorithm, String value, @Nullable String type) {
        int dash = value.lastIndexOf('-');
        boolean counted = dash > 0 && PART_COUNT.matcher(value.substring(dash)).matches();
        checkValue(algorithm, counted ? value.substring(0, dash) : value);
        return new ObjectChecksum(algorithm, value, counted || "COMPOSITE".equals(type));
    }

    private static void checkValue(ChecksumAlgorithm algorithm, String base64) {
        int expected = switch (algorithm) {
            case CRC32, CRC32C -> 4;
            case SHA1 -> 20;
            case SHA256 -> 32;
        };
        try {
            if (Base64.getDecoder().decode(base64).length == expected) {
                return;
            }
        }
        catch (IllegalArgumentException ex) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid checksum '" + base64 + "' in the " + algorithm.headerName()
                + " header: not the Base64 of " + expected + " bytes");
    }

}
