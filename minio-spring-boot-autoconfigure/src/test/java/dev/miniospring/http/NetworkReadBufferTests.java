package dev.miniospring.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link NetworkReadBuffer}: bytes arrive exactly, whatever the sizes of the
 * reads; each refill asks the network for the whole buffer; a timed-out refill loses
 * nothing.
 */
class NetworkReadBufferTests {

    private static final int SIZE = 1024;

    private final byte[] content = content(10 * SIZE + 17);

    @Test
    void readsOfMixedSizesReturnTheBytesExactly() throws IOException {
        RecordingStream network = new RecordingStream(new ByteArrayInputStream(this.content));
        NetworkReadBuffer in = new NetworkReadBuffer(network, SIZE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] sizes = { 1, 5, 300, 2 * SIZE, 900, SIZE, 3 };
        for (int i = 0; readOnce(in, sizes[i % sizes.length], out) >= 0; i++) {
            assertThat(out.size()).isLessThanOrEqualTo(this.content.length);
        }
        assertThat(out.toByteArray()).isEqualTo(this.content);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read(new byte[8], 0, 8)).isEqualTo(-1);
    }

    @Test
    void eachRefillAsksForTheWholeBufferAndNeverHowManyBytesAreWaiting() throws IOException {
        RecordingStream network = new RecordingStream(new ByteArrayInputStream(this.content));
        NetworkReadBuffer in = new NetworkReadBuffer(network, SIZE);
        byte[] record = new byte[300];
        while (in.read(record, 0, record.length) >= 0) {
            // read through, as the TLS layer does record by record
        }
        assertThat(network.requested).isNotEmpty().containsOnly(SIZE);
        assertThat(network.availableCalls).isZero();
    }

    @Test
    void aReadAsLargeAsTheBufferBypassesIt() throws IOException {
        RecordingStream network = new RecordingStream(new ByteArrayInputStream(this.content));
        NetworkReadBuffer in = new NetworkReadBuffer(network, SIZE);
        byte[] large = new byte[4 * SIZE];
        assertThat(in.read(large, 0, large.length)).isEqualTo(large.length);
        assertThat(network.requested).containsExactly(4 * SIZE);
    }

    @Test
    void availableCountsTheBufferedBytesAndTheNetworks() throws IOException {
        NetworkReadBuffer in = new NetworkReadBuffer(new ByteArrayInputStream(this.content), SIZE);
        assertThat(in.read()).isEqualTo(this.content[0] & 0xFF);
        assertThat(in.available()).isEqualTo(this.content.length - 1);
    }

    @Test
    void aTimedOutRefillLosesNoBytes() throws IOException {
        TimingOutStream network = new TimingOutStream(new ByteArrayInputStream(this.content));
        NetworkReadBuffer in = new NetworkReadBuffer(network, SIZE);
        byte[] first = new byte[SIZE];
        assertThat(in.read(first, 0, 500)).isEqualTo(500);
        assertThat(in.read(first, 500, SIZE - 500)).isEqualTo(SIZE - 500);
        network.timeOutNext = true;
        assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> in.read(new byte[10], 0, 10));
        byte[] rest = in.readAllBytes();
        assertThat(first).isEqualTo(Arrays.copyOfRange(this.content, 0, SIZE));
        assertThat(rest).isEqualTo(Arrays.copyOfRange(this.content, SIZE, this.content.length));
    }

    private static int readOnce(NetworkReadBuffer in, int size, ByteArrayOutputStream out) throws IOException {
        if (size == 1) {
            int read = in.read();
            if (read >= 0) {
                out.write(read);
            }
            return read;
        }
        byte[] bytes = new byte[size];
        int read = in.read(bytes, 0, size);
        if (read > 0) {
            out.write(bytes, 0, read);
        }
        return read;
    }

    private static byte[] content(int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + (i >>> 8));
        }
        return content;
    }

    /**
     * Records the lengths asked of the network and the calls to {@code available()}.
     */
    private static final class RecordingStream extends FilterInputStream {

        private final List<Integer> requested = new ArrayList<>();

        private int availableCalls;

        RecordingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            this.requested.add(length);
            return super.read(bytes, offset, length);
        }

        @Override
        public int available() throws IOException {
            this.availableCalls++;
            return super.available();
        }

    }

    /**
     * Throws a read timeout on the read after {@link #timeOutNext} is set.
     */
    private static final class TimingOutStream extends FilterInputStream {

        private boolean timeOutNext;

        TimingOutStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (this.timeOutNext) {
                this.timeOutNext = false;
                throw new SocketTimeoutException("Read timed out");
            }
            return super.read(bytes, offset, length);
        }

    }

}
