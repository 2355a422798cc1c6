package dev.miniospring.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In-memory payloads are written in slices as large as one write of the template's socket
 * channels (1 MiB), and each write carries the next bytes of the range.
 */
class RequestPayloadTests {

    @Test
    void bytesAreWrittenInSlicesOfOneSocketWrite() throws IOException {
        byte[] data = new byte[3 * RequestPayload.Bytes.WRITE_SLICE + 100];
        new Random(7).nextBytes(data);
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {

            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                writes.add(length);
                super.write(bytes, offset, length);
            }

        };
        RequestPayload.of(data, 50, data.length - 60).writeTo(out);
        assertThat(RequestPayload.Bytes.WRITE_SLICE).isEqualTo(1024 * 1024);
        assertThat(writes).containsExactly(1024 * 1024, 1024 * 1024, 1024 * 1024, 40);
        assertThat(out.toByteArray()).isEqualTo(Arrays.copyOfRange(data, 50, data.length - 10));
    }

}
