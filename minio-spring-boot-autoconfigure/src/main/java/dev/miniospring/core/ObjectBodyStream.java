package dev.miniospring.core;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioTransportException;
import dev.miniospring.internal.transport.Exchanges;
import dev.miniospring.internal.upload.ProgressTracker;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The body of a GetObject answer as a {@link GetObjectResponse} reads it: counted against
 * its {@code Content-Length} (a body cut short is a {@link MinioTransportException},
 * never a shorter object), reported to a progress listener, verified against the object's
 * full-object checksum when the answer carries one (a mismatch is a
 * {@link dev.miniospring.MinioException} at the end of the body), and released on close
 * (the exchange aborted when the body was not read to its end).
 */
final class ObjectBodyStream extends FilterInputStream {

    private static final int SKIP_BUFFER = 8192;

    private final ClientHttpResponse response;

    private final StatObjectResponse stat;

    private final long contentLength;

    private final ProgressTracker progress;

    private final AtomicBoolean closed = new AtomicBoolean();

    private @Nullable ChecksumVerifier verifier;

    private long received;

    private volatile boolean ended;

    private ObjectBodyStream(ClientHttpResponse response, StatObjectResponse stat, long contentLength,
            ProgressListener listener, @Nullable ChecksumVerifier verifier) throws IOException {
        super(response.getBody());
        this.response = response;
        this.stat = stat;
        this.contentLength = contentLength;
        this.progress = new ProgressTracker(stat.bucket(), stat.key(), contentLength, listener);
        this.verifier = verifier;
    }

    /**
     * Opens the download of a GetObject answer; the body of a whole object is verified
     * against the full-object checksum the answer carries, if any, when it has been read
     * to its end.
     * @param wholeObject whether the answer carries the whole object (no range was asked
     * for)
     * @throws IOException when the body cannot be opened
     * @throws IllegalArgumentException when a size or checksum header does not parse
     */
    static GetObjectResponse open(String bucket, String key, ClientHttpResponse response, ProgressListener listener,
            boolean wholeObject) throws IOException {
        HttpHeaders headers = HttpHeaders.readOnlyHttpHeaders(response.getHeaders());
        StatObjectResponse stat = StatObjectHeaders.read(bucket, key, headers);
        return new GetObjectResponse(new ObjectBodyStream(response, stat, headers.getContentLength(), listener,
                ChecksumVerifier.of(stat, wholeObject)), headers, stat);
    }

    @Override
    public int read() throws IOException {
        ensureOpen();
        int read;
        try {
            read = super.read();
        }
        catch (IOException ex) {
            throw cutShort(ex);
        }
        if (read >= 0 && this.verifier != null) {
            this.verifier.update(read);
        }
        counted((read < 0) ? -1 : 1);
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        int read;
        try {
            read = super.read(buffer, offset, length);
        }
        catch (IOException ex) {
            throw cutShort(ex);
        }
        if (read > 0 && this.verifier != null) {
            this.verifier.update(buffer, offset, read);
        }
        return counted(read);
    }

    private int counted(int bytes) {
        if (bytes < 0 && this.contentLength >= 0 && this.received < this.contentLength) {
            throw cutShort(new EOFException("the body ended before its Content-Length"));
        }
        if (bytes < 0) {
            verify();
        }
        this.received += Math.max(bytes, 0);
        if (bytes < 0) {
            this.ended = true;
        }
        this.progress.downloaded(Math.max(bytes, 0), bytes < 0);
        return bytes;
    }

    private void verify() {
        if (this.verifier != null) {
            this.verifier.verify();
            this.verifier = null;
        }
    }

    @Override
    public long skip(long count) throws IOException {
        ensureOpen();
        if (this.verifier != null) {
            return skipVerified(count);
        }
        try {
            long skipped = super.skip(count);
            this.received += skipped;
            this.progress.downloaded(skipped, false);
            return skipped;
        }
        catch (IOException ex) {
            throw cutShort(ex);
        }
    }

    private long skipVerified(long count) throws IOException {
        byte[] skipped = new byte[(int) Math.min(Math.max(count, 0), SKIP_BUFFER)];
        int read = (skipped.length > 0) ? read(skipped, 0, skipped.length) : 0;
        return Math.max(read, 0);
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return super.available();
    }

    /**
     * Returns {@code false}: a reset would feed the bytes read since the mark to the
     * length count and the checksum a second time.
     */
    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readLimit) {
    }

    @Override
    public void reset() throws IOException {
        throw new IOException(
                "The download of " + this.stat.bucket() + "/" + this.stat.key() + " does not support mark and reset");
    }

    private void ensureOpen() throws IOException {
        if (this.closed.get()) {
            throw new IOException("The download of " + this.stat.bucket() + "/" + this.stat.key() + " is closed");
        }
    }

    private MinioTransportException cutShort(IOException cause) {
        return new MinioTransportException("Download of " + this.stat.bucket() + "/" + this.stat.key()
                + " failed after " + this.received + " of " + this.contentLength + " bytes (" + cause.getMessage()
                + "); the data read so far is incomplete: get the object again", cause);
    }

    /**
     * Releases the response: when the body was read to its end the connection can be
     * reused, otherwise the exchange is aborted without reading the rest. May be called
     * from another thread to stop a blocked read.
     */
    @Override
    public void close() {
        if (!this.closed.compareAndSet(false, true)) {
            return;
        }
        if (this.ended || (this.contentLength >= 0 && this.received >= this.contentLength)) {
            this.response.close();
        }
        else {
            Exchanges.abort(this.response);
        }
    }

}
