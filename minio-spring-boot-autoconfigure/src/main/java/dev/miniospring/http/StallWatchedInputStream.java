package dev.miniospring.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A response body stream whose reads, and the reading of the rest of the body on close,
 * are bounded by {@link WatchedReads}; the end of the body or its close gives the
 * connection its socket timeout back.
 */
final class StallWatchedInputStream extends InputStream {

    private final InputStream in;

    private final WatchedReads reads;

    StallWatchedInputStream(InputStream in, WatchedReads reads) {
        this.in = in;
        this.reads = reads;
    }

    @Override
    public int read() throws IOException {
        this.reads.start();
        try {
            return ended(this.in.read());
        }
        catch (IOException ex) {
            throw this.reads.failure(ex);
        }
        finally {
            this.reads.stop();
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        this.reads.start();
        try {
            return ended(this.in.read(b, off, len));
        }
        catch (IOException ex) {
            throw this.reads.failure(ex);
        }
        finally {
            this.reads.stop();
        }
    }

    @Override
    public long skip(long n) throws IOException {
        this.reads.start();
        try {
            return this.in.skip(n);
        }
        catch (IOException ex) {
            throw this.reads.failure(ex);
        }
        finally {
            this.reads.stop();
        }
    }

    @Override
    public int available() throws IOException {
        return this.in.available();
    }

    @Override
    public void close() throws IOException {
        this.reads.start();
        try {
            this.in.close();
        }
        catch (IOException ex) {
            throw this.reads.failure(ex);
        }
        finally {
            this.reads.stop();
            this.reads.end();
        }
    }

    private int ended(int read) {
        if (read < 0) {
            this.reads.end();
        }
        return read;
    }

}
