package dev.miniospring.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads UTF-8 lines from a stream, refusing lines longer than a limit instead of
 * buffering them whole.
 */
final class BoundedLineReader {

    private final InputStream input;

    private final int maxLineLength;

    private final byte[] buffer = new byte[8192];

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private int position;

    private int limit;

    BoundedLineReader(InputStream input, int maxLineLength) {
        this.input = input;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Reads the next line, without its line feed.
     * @return the line, the unfinished last line at the end of the stream (as
     * {@link java.io.BufferedReader} does: a body that is not newline-delimited, such as
     * a web page, must be seen to be refused), or {@code null} at the end of the stream
     * @throws IOException when reading fails
     * @throws LineTooLongException when the line exceeds the limit
     */
    @Nullable String readLine() throws IOException {
        this.line.reset();
        while (fill()) {
            int end = indexOfLineFeed();
            int taken = ((end >= 0) ? end : this.limit) - this.position;
            if (this.line.size() + taken > this.maxLineLength) {
                throw new LineTooLongException(this.maxLineLength);
            }
            this.line.write(this.buffer, this.position, taken);
            this.position += taken;
            if (end >= 0) {
                this.position++;
                return this.line.toString(StandardCharsets.UTF_8);
            }
        }
        return (this.line.size() > 0) ? this.line.toString(StandardCharsets.UTF_8) : null;
    }

    private boolean fill() throws IOException {
        if (this.position < this.limit) {
            return true;
        }
        int read = this.input.read(this.buffer);
        this.position = 0;
        this.limit = Math.max(read, 0);
        return read > 0;
    }

    private int indexOfLineFeed() {
        for (int i = this.position; i < this.limit; i++) {
            if (this.buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A line longer than the limit.
     */
    static final class LineTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        LineTooLongException(int maxLineLength) {
            super("a line longer than " + maxLineLength + " bytes");
        }

    }

}
