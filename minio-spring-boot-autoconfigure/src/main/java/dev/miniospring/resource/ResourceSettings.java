package dev.miniospring.resource;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How {@link MinioResource}s write and give out URLs.
 *
 * @param urlExpiry how long the presigned URL of {@link MinioResource#getURL()} stays
 * valid, 1 second to 7 days
 * @param stallTimeout the longest wait of an output stream for the other side: the writer
 * for buffer room, the upload for data, {@code close()} for the upload to finish
 * @param bufferSize the bytes buffered between the writer and the upload, on top of the
 * template's part buffers
 * @since 0.1.0
 */
public record ResourceSettings(Duration urlExpiry, Duration stallTimeout, int bufferSize) {

    /**
     * URLs valid for 1 hour, waits of at most 2 minutes, a 64 KiB buffer.
     */
    public static final ResourceSettings DEFAULTS = new ResourceSettings(Duration.ofHours(1), Duration.ofMinutes(2),
            64 * 1024);

    /**
     * Creates settings.
     * @param urlExpiry the presigned URL expiry
     * @param stallTimeout the longest wait for the other side
     * @param bufferSize the buffer between writer and upload
     */
    public ResourceSettings {
        Assert.isTrue(
                urlExpiry != null && urlExpiry.compareTo(Duration.ofSeconds(1)) >= 0
                        && urlExpiry.compareTo(Duration.ofDays(7)) <= 0,
                "'urlExpiry' must be between 1 second and 7 days");
        Assert.isTrue(stallTimeout != null && stallTimeout.compareTo(Duration.ZERO) > 0,
                "'stallTimeout' must be positive");
        Assert.isTrue(bufferSize > 0, "'bufferSize' must be positive");
    }

}
