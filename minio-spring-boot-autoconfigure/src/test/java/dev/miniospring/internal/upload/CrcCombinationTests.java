package dev.miniospring.internal.upload;

import java.util.Arrays;
import java.util.Random;

import dev.miniospring.object.ChecksumAlgorithm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link CrcCombination}: the CRC of pieces combined equals the CRC of their
 * concatenation.
 */
class CrcCombinationTests {

    @ParameterizedTest
    @EnumSource(value = ChecksumAlgorithm.class, names = { "CRC32", "CRC32C" })
    void combinedCrcOfPiecesIsTheCrcOfTheWhole(ChecksumAlgorithm algorithm) {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(3).nextBytes(data);
        int[] cuts = { 0, 1, 1024 * 1024, 2 * 1024 * 1024 + 5, data.length };
        CrcCombination combination = CrcCombination.of(algorithm);
        for (int i = 1; i < cuts.length; i++) {
            byte[] piece = Arrays.copyOfRange(data, cuts[i - 1], cuts[i]);
            combination.append(ChecksumDigest.base64(algorithm, piece, 0, piece.length), piece.length);
        }
        assertThat(combination.base64()).isEqualTo(ChecksumDigest.base64(algorithm, data, 0, data.length));
    }

    @ParameterizedTest
    @EnumSource(value = ChecksumAlgorithm.class, names = { "SHA1", "SHA256" })
    void hashesDoNotCombine(ChecksumAlgorithm algorithm) {
        assertThatIllegalArgumentException().isThrownBy(() -> CrcCombination.of(algorithm))
            .withMessageContaining(algorithm.name());
    }

}
