package dev.miniospring.object;

import java.io.FilterInputStream;
import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A downloaded object: an {@link java.io.InputStream} that reads the body straight from the open HTTP response (nothing
 * is buffered), plus the response headers and the object information. Close it to release the connection.
 */
public final class GetObjectResponse extends FilterInputStream {

    private final ClientHttpResponse response;

    private final HttpHeaders headers;

    private final StatObjectResponse stat;

    GetObjectResponse(String bucket, String key, ClientHttpResponse response) throws IOException {
        super(response.getBody());
        this.response = response;
        this.headers = HttpHeaders.readOnlyHttpHeaders(response.getHeaders());
        this.stat = StatObjectResponse.of(bucket, key, this.headers);
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
    public void close() throws IOException {
        try {
            super.close();
        }
        finally {
            this.response.close();
        }
    }

    @Override
    public String toString() {
        return "GetObjectResponse[" + this.stat.bucket() + "/" + this.stat.key() + "]";
    }

}
