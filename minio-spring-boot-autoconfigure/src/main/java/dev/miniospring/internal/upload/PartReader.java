package dev.miniospring.internal.upload;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioException;

/**
 * Reads the data of an upload into part buffers, and computes the checksum of each part
 * slice by slice as its bytes arrive, while they are still in the processor's cache,
 * instead of in a second pass over the whole part.
 */
final class PartReader {

    /**
     * The most bytes read into a buffer before they are added to the checksum: small
     * enough to stay in a core's cache.
     */
    static final int SLICE = 256 * 1024;

    private final InputStream data;

    private final UploadTarget target;

    PartReader(InputStream data, UploadTarget target) {
        this.data = data;
        this.target = target;
    }

    /**
     * Reads {@code length} bytes into the start of a buffer, fewer only when the data
     * ends.
     * @return the bytes read and their checksum
     * @throws MinioException when the data cannot be read
     */
    PartContent read(byte[] buffer, int length) {
        ChecksumDigest checksum = (this.target.checksum() != null) ? ChecksumDigest.of(this.target.checksum()) : null;
        try {
            int read = read(buffer, length, checksum);
            return new PartContent(buffer, read, (checksum != null) ? checksum.base64() : null);
        }
        catch (IOException | RuntimeException ex) {
            throw new MinioException("Could not read the data to upload to " + this.target + ": " + ex, ex);
        }
    }

    private int read(byte[] buffer, int length, @Nullable ChecksumDigest checksum) throws IOException {
        int read = 0;
        while (read < length) {
            int count = this.data.read(buffer, read, Math.min(SLICE, length - read));
            if (count < 0) {
                return read;
            }
            if (checksum != null) {
                checksum.update(buffer, read, count);
            }
            read += count;
        }
        return read;
    }

}
