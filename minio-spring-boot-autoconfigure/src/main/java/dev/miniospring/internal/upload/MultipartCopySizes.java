package dev.miniospring.internal.upload;

/**
 * How server-side copies are split: a copy of a larger source than the threshold is a
 * multipart upload of UploadPartCopy parts, and a source (or range of one) larger than
 * the part size is copied in several parts.
 *
 * @param threshold the largest source a single CopyObject copies, at most 5 GiB
 * @param partSize the largest part copied at once, 5 MiB to 5 GiB; a source is split into
 * that many parts of equal size that are none smaller than 5 MiB
 * @since 0.1.0
 */
public record MultipartCopySizes(long threshold, long partSize) {

    /**
     * The limits of S3: CopyObject and UploadPartCopy copy at most 5 GiB.
     */
    public static final MultipartCopySizes DEFAULTS = new MultipartCopySizes(UploadSettings.MAX_PART_SIZE,
            UploadSettings.MAX_PART_SIZE);

    public MultipartCopySizes {
        if (threshold < 0 || threshold > UploadSettings.MAX_PART_SIZE) {
            throw new IllegalArgumentException("'threshold' must be between 0 and 5 GiB (is " + threshold + " bytes)");
        }
        if (partSize < UploadSettings.MIN_PART_SIZE || partSize > UploadSettings.MAX_PART_SIZE) {
            throw new IllegalArgumentException(
                    "'partSize' must be between 5 MiB and 5 GiB (is " + partSize + " bytes)");
        }
    }

    /**
     * Returns the number of parts a source of that many bytes is copied in.
     * @param length the number of bytes, at least 1
     * @return at least 1
     */
    public long partsOf(long length) {
        long parts = (length + this.partSize - 1) / this.partSize;
        return Math.max(1, Math.min(parts, length / UploadSettings.MIN_PART_SIZE));
    }

}
