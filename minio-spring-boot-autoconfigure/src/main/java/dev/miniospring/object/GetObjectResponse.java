package dev.miniospring.object;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.miniospring.MinioTransportException;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * A downloaded object: an {@link java.io.InputStream} that reads the body straight from
 * the open HTTP response (nothing is buffered), plus the response headers and the object
 * information. Close it to release the connection.
 *
 * <p>
 * A body cut short is never passed off as a shorter object: when the connection fails
 * mid-body, or the body ends before its {@code Content-Length}, the read methods throw a
 * {@link MinioTransportException} saying how many bytes arrived. The read is not resumed;
 * get the object again, or its rest with a ranged read.
 *
 * <p>
 * Closing a response that was not read to its end aborts the exchange at once (its
 * connection is closed, not reused) instead of downloading the rest; closing never
 * throws.
 *
 * @since 0.1.0
 */
public final class GetObjectResponse extends FilterInputStream {

    private final HttpHeaders headers;

    private final StatObjectResponse stat;

    /**
     * Creates a response around a body, as the template does for a GetObject answer, or a
     * test for a stub of {@code MinioOperations}.
     * @param body the body, closed when the response is
     * @param headers the response headers
     * @param stat the object information
     */
    public GetObjectResponse(InputStream body, HttpHeaders headers, StatObjectResponse stat) {
        super(body);
        Assert.notNull(body, "'body' must not be null");
        Assert.notNull(headers, "'headers' must not be null");
        Assert.notNull(stat, "'stat' must not be null");
        this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
        this.stat = stat;
    }

    /**
     * Returns the response headers.
     * @return the read-only headers
     */
    public HttpHeaders headers() {
        return this.headers;
    }

    /**
     * Returns the object information; {@code size} is the size of the whole object, even
     * for a ranged read.
     * @return the object information
     */
    public StatObjectResponse stat() {
        return this.stat;
    }

    /**
     * Returns the number of bytes this response carries (the range length for a ranged
     * read).
     * @return the content length, or {@code -1} when the server did not say
     */
    public long contentLength() {
        return this.headers.getContentLength();
    }

    /**
     * Releases the response; never throws.
     */
    @Override
    public void close() {
        try {
            super.close();
        }
        catch (IOException ex) {
            // nothing left to release
        }
    }

    @Override
    public String toString() {
        return "GetObjectResponse[" + this.stat.bucket() + "/" + this.stat.key() + "]";
    }

}
