package dev.miniospring.internal.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import dev.miniospring.MinioException;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.object.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The checksum a part is sent with, computed slice by slice while the part is read,
 * equals the checksum of the bytes the part holds, however the data hands them out.
 */
class PartReaderTests {

    private static final int PART = 2 * PartReader.SLICE + 12_345;

    private final byte[] data = random(2 * PART - 999);

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void checksumOfEachPartIsTheChecksumOfItsBytes(ChecksumAlgorithm algorithm) {
        PartReader reader = new PartReader(new UnevenInputStream(this.data), target(algorithm));
        PartContent first = reader.read(new byte[PART], PART);
        PartContent second = reader.read(new byte[PART], PART);
        assertThat(first.length()).isEqualTo(PART);
        assertThat(second.length()).isEqualTo(PART - 999);
        assertThat(Arrays.copyOf(first.buffer(), PART)).isEqualTo(Arrays.copyOfRange(this.data, 0, PART));
        assertThat(Arrays.copyOf(second.buffer(), second.length()))
            .isEqualTo(Arrays.copyOfRange(this.data, PART, this.data.length));
        assertThat(first.checksum()).isEqualTo(ChecksumDigest.base64(algorithm, this.data, 0, PART));
        assertThat(second.checksum()).isEqualTo(ChecksumDigest.base64(algorithm, this.data, PART, PART - 999));
    }

    @Test
    void reusedBufferHoldsAndChecksumsOnlyTheNewBytes() {
        byte[] stale = new byte[PART];
        Arrays.fill(stale, (byte) 7);
        PartContent part = new PartReader(new ByteArrayInputStream(this.data, 0, 1000),
                target(ChecksumAlgorithm.CRC32C))
            .read(stale, PART);
        assertThat(part.length()).isEqualTo(1000);
        assertThat(part.checksum()).isEqualTo(ChecksumDigest.base64(ChecksumAlgorithm.CRC32C, this.data, 0, 1000));
    }

    @Test
    void readsNoByteBeyondTheLengthAsked() throws IOException {
        InputStream stream = new UnevenInputStream(this.data);
        PartContent part = new PartReader(stream, target(ChecksumAlgorithm.CRC32)).read(new byte[PART], 1000);
        assertThat(part.length()).isEqualTo(1000);
        assertThat(stream.read()).isEqualTo(this.data[1000] & 0xff);
    }

    @Test
    void uploadWithoutChecksumGetsNone() {
        PartContent part = new PartReader(new ByteArrayInputStream(this.data), target(null)).read(new byte[PART], PART);
        assertThat(part.length()).isEqualTo(PART);
        assertThat(part.checksum()).isNull();
    }

    @Test
    void readFailureIsAMinioExceptionNamingTheObject() {
        InputStream failing = new InputStream() {

            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

        };
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> new PartReader(failing, target(ChecksumAlgorithm.CRC32C)).read(new byte[10], 10))
            .withMessage("Could not read the data to upload to bucket/key: java.io.IOException: disk gone");
    }

    private static UploadTarget target(ChecksumAlgorithm checksum) {
        return new UploadTarget("bucket", "key", (step, request) -> {
        }, new ProgressTracker("bucket", "key", -1, ProgressListener.NONE), PayloadSigning.CHECKSUM, checksum, false);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /**
     * Hands out fewer bytes than asked, in sizes that straddle the reader's slices.
     */
    private static final class UnevenInputStream extends ByteArrayInputStream {

        private static final int[] SIZES = { 1, 100_000, PartReader.SLICE + 1, 3, 70_000 };

        private int call;

        UnevenInputStream(byte[] data) {
            super(data);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            return super.read(buffer, offset, Math.min(length, SIZES[this.call++ % SIZES.length]));
        }

    }

}
