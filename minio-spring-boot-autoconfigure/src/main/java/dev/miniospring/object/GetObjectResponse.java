package dev.miniospring.object;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.miniospring.MinioTransportException;
import dev.miniospring.internal.transport.Exchanges;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A downloaded object: an {@link java.io.InputStream} that reads the body straight from the open HTTP response (nothing
 * is buffered), plus the response headers and the object information. Close it to release the connection.
 *
 * <p>A body cut short is never passed off as a shorter object: when the connection fails mid-body, or the body ends
 * before its {@code Content-Length}, the read methods throw a {@link MinioTransportException} saying how many bytes
 * arrived. The read is not resumed; get the object again, or its rest with a ranged read.
 *
 * <p>Closing a response that was not read to its end aborts the exchange at once (its connection is closed, not
 * reused) instead of downloading the rest; closing never throws.
 */
public final class GetObjectResponse extends FilterInputStream {

    private final ClientHttpResponse response;

    private final HttpHeaders headers;

    private final StatObjectResponse stat;

    private long received;

    private final ProgressTracker progress;

    private final AtomicBoolean closed = new AtomicBoolean();

    private volatile boolean ended;

    public GetObjectResponse(String bucket, String key, ClientHttpResponse response, ProgressListener listener)
            throws IOException {
        super(response.getBody());
        this.response = response;
        this.headers = HttpHeaders.readOnlyHttpHeaders(response.getHeaders());
        this.stat = StatObjectResponse.of(bucket, key, this.headers);
        this.progress = new ProgressTracker(bucket, key, contentLength(), listener);
    }

    /**
     * Returns the response headers.
     * @return the read-only headers
     */
    public HttpHeaders headers() {
        return this.headers;
    }

    /**
     * Returns the object information; {@code size} is the size of the whole object, even for a ranged read.
     * @return the object information
     */
    public StatObjectResponse stat() {
        return this.stat;
    }

    /**
     * Returns the number of bytes this response carries (the range length for a ranged read).
     * @return the content length, or {@code -1} when the server did not say
     */
    public long contentLength() {
        return this.headers.getContentLength();
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
        if (bytes < 0 && contentLength() >= 0 && this.received < contentLength()) {
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
                + " failed after " + this.received + " of " + contentLength() + " bytes (" + cause.getMessage()
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
        if (this.ended || (contentLength() >= 0 && this.received >= contentLength())) {
            this.response.close();
        }
        else {
            Exchanges.abort(this.response);
        }
    }

    @Override
    public String toString() {
        return "GetObjectResponse[" + this.stat.bucket() + "/" + this.stat.key() + "]";
    }

}
