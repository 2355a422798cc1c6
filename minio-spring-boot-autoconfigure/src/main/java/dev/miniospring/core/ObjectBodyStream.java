package dev.miniospring.core;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.miniospring.MinioTransportException;
import dev.miniospring.internal.transport.Exchanges;
import dev.miniospring.internal.upload.ProgressTracker;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The body of a GetObject answer as a {@link GetObjectResponse} reads it: counted against its
 * {@code Content-Length} (a body cut short is a {@link MinioTransportException}, never a shorter object), reported to a
 * progress listener, and released on close (the exchange aborted when the body was not read to its end).
 */
final class ObjectBodyStream extends FilterInputStream {

    private final ClientHttpResponse response;

    private final StatObjectResponse stat;

    private final long contentLength;

    private final ProgressTracker progress;

    private final AtomicBoolean closed = new AtomicBoolean();

    private long received;

    private volatile boolean ended;

    private ObjectBodyStream(ClientHttpResponse response, StatObjectResponse stat, long contentLength,
            ProgressListener listener) throws IOException {
        super(response.getBody());
        this.response = response;
        this.stat = stat;
        this.contentLength = contentLength;
        this.progress = new ProgressTracker(stat.bucket(), stat.key(), contentLength, listener);
    }

    /**
     * Opens the download of a GetObject answer.
     * @throws IOException when the body cannot be opened
     * @throws IllegalArgumentException when a size header does not parse
     */
    static GetObjectResponse open(String bucket, String key, ClientHttpResponse response, ProgressListener listener)
            throws IOException {
        HttpHeaders headers = HttpHeaders.readOnlyHttpHeaders(response.getHeaders());
        StatObjectResponse stat = StatObjectHeaders.read(bucket, key, headers);
        return new GetObjectResponse(new ObjectBodyStream(response, stat, headers.getContentLength(), listener),
                headers, stat);
    }

    @Override
    public int read() throws IOException {
        int read;
        try {
            read = super.read();
        }
        catch (IOException ex) {
            throw cutShort(ex);
        }
        return counted((read < 0) ? -1 : 1, read);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read;
        try {
            read = super.read(buffer, offset, length);
        }
        catch (IOException ex) {
            throw cutShort(ex);
        }
        return counted(read, read);
    }

    private int counted(int bytes, int result) {
        if (bytes < 0 && this.contentLength >= 0 && this.received < this.contentLength) {
            throw cutShort(new EOFException("the body ended before its Content-Length"));
        }
        this.received += Math.max(bytes, 0);
        if (bytes < 0) {
            this.ended = true;
        }
        this.progress.downloaded(Math.max(bytes, 0), bytes < 0);
        return result;
    }

    @Override
    public long skip(long count) throws IOException {
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

    private MinioTransportException cutShort(IOException cause) {
        return new MinioTransportException("Download of " + this.stat.bucket() + "/" + this.stat.key()
                + " failed after " + this.received + " of " + this.contentLength + " bytes (" + cause.getMessage()
                + "); the data read so far is incomplete: get the object again", cause);
    }

    /**
     * Releases the response: when the body was read to its end the connection can be reused, otherwise the exchange
     * is aborted without reading the rest. May be called from another thread to stop a blocked read.
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
