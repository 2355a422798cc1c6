package dev.miniospring.object;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many part buffers an upload may hold for a given heap.
 */
class PartBufferCountTests {

    private static final long MIB = 1024 * 1024;

    @Test
    void largeHeapAllowsOneBufferPerPartInFlightPlusOne() {
        assertThat(ObjectUploader.bufferCount(16 * MIB, 4, 4096 * MIB)).isEqualTo(5);
    }

    @Test
    void smallHeapAllowsWhatFitsInAThird() {
        assertThat(ObjectUploader.bufferCount(16 * MIB, 4, 96 * MIB)).isEqualTo(2);
        assertThat(ObjectUploader.bufferCount(8 * MIB, 4, 96 * MIB)).isEqualTo(4);
    }

    @Test
    void tinyHeapStillAllowsOneBuffer() {
        assertThat(ObjectUploader.bufferCount(64 * MIB, 4, 96 * MIB)).isEqualTo(1);
    }

}
