package dev.miniospring.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads streams to their end and counts the bytes, reusing one buffer per thread.
 */
public final class Drain {

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[256 * 1024]);

    private Drain() {
    }

    /**
     * Reads a stream to its end and closes it.
     * @param in the stream
     * @return the number of bytes read
     */
    public static long drain(InputStream in) {
        byte[] buffer = BUFFER.get();
        long total = 0;
        try (in) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
            return total;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
