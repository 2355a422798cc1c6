package dev.miniospring.core;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioException;
import dev.miniospring.internal.upload.ChecksumDigest;
import dev.miniospring.object.ObjectChecksum;
import dev.miniospring.object.StatObjectResponse;

/**
 * Verifies the body of a whole-object GetObject answer against the full-object checksum
 * the answer carries, as the body streams; a composite checksum (of a multipart upload's
 * parts) cannot be computed from the body and is not verified.
 */
final class ChecksumVerifier {

    private final StatObjectResponse stat;

    private final ObjectChecksum expected;

    private final ChecksumDigest digest;

    private @Nullable String actual;

    private ChecksumVerifier(StatObjectResponse stat, ObjectChecksum expected) {
        this.stat = stat;
        this.expected = expected;
        this.digest = ChecksumDigest.of(expected.algorithm());
    }

    /**
     * Returns the verifier of an answer.
     * @param stat the object information read from the answer
     * @param wholeObject whether the answer carries the whole object (no range was asked
     * for)
     * @return the verifier, or {@code null} when there is nothing to verify against
     */
    static @Nullable ChecksumVerifier of(StatObjectResponse stat, boolean wholeObject) {
        ObjectChecksum checksum = stat.checksum();
        if (!wholeObject || checksum == null || checksum.composite()) {
            return null;
        }
        return new ChecksumVerifier(stat, checksum);
    }

    void update(byte[] data, int offset, int length) {
        this.digest.update(data, offset, length);
    }

    void update(int b) {
        this.digest.update(b);
    }

    /**
     * Compares the checksum of the whole body with the expected one; the checksum is
     * computed once, so every call gives the same verdict.
     * @throws MinioException when they differ
     */
    void verify() {
        if (this.actual == null) {
            this.actual = this.digest.base64();
        }
        String actual = this.actual;
        if (!actual.equals(this.expected.value())) {
            throw new MinioException("The body of " + this.stat.bucket() + "/" + this.stat.key() + " does not match "
                    + "its " + this.expected.algorithm().s3Name() + " checksum (the server sent "
                    + this.expected.value() + ", the body's is " + actual + "): the data read is corrupt", null);
        }
    }

}
