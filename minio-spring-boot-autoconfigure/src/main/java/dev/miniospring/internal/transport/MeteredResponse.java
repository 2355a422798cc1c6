package dev.miniospring.internal.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.miniospring.observation.TransferMetrics;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A response whose body reports the bytes read from it to {@link TransferMetrics}.
 */
final class MeteredResponse implements ClientHttpResponse {

    private final ClientHttpResponse delegate;

    private final TransferMetrics metrics;

    private InputStream body;

    MeteredResponse(ClientHttpResponse delegate, TransferMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    /**
     * Returns the response whose body this one counts.
     */
    ClientHttpResponse delegate() {
        return this.delegate;
    }

    @Override
    public InputStream getBody() throws IOException {
        if (this.body == null) {
            this.body = new CountingInputStream(this.delegate.getBody(), this.metrics);
        }
        return this.body;
    }

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
        return this.delegate.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
        return this.delegate.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
        return this.delegate.getHeaders();
    }

    @Override
    public void close() {
        this.delegate.close();
    }

    private static final class CountingInputStream extends FilterInputStream {

        private final TransferMetrics metrics;

        CountingInputStream(InputStream in, TransferMetrics metrics) {
            super(in);
            this.metrics = metrics;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                this.metrics.bytesDownloaded(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                this.metrics.bytesDownloaded(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) {
                this.metrics.bytesDownloaded(skipped);
            }
            return skipped;
        }

    }

}
