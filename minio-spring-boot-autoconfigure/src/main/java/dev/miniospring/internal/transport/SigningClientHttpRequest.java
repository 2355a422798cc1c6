package dev.miniospring.internal.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import dev.miniospring.signing.MinioCredentialsProvider;
import dev.miniospring.signing.S3RequestSigner;
import dev.miniospring.signing.SigningRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A request that adds its signature headers when executed and otherwise delegates,
 * streaming bodies included.
 */
final class SigningClientHttpRequest implements ClientHttpRequest, StreamingHttpOutputMessage {

    private final ClientHttpRequest delegate;

    private final S3RequestSigner signer;

    private final MinioCredentialsProvider credentials;

    SigningClientHttpRequest(ClientHttpRequest delegate, S3RequestSigner signer, MinioCredentialsProvider credentials) {
        this.delegate = delegate;
        this.signer = signer;
        this.credentials = credentials;
    }

    @Override
    public ClientHttpResponse execute() throws IOException {
        SigningContext context = SigningContext.of(this);
        SigningRequest request = new SigningRequest(getMethod(), getURI(),
                HttpHeaders.readOnlyHttpHeaders(getHeaders()), context.payload(), this.credentials.credentials(),
                context.region());
        this.signer.sign(request).forEach(getHeaders()::put);
        return this.delegate.execute();
    }

    @Override
    public void setBody(Body body) {
        if (this.delegate instanceof StreamingHttpOutputMessage streaming) {
            streaming.setBody(body);
            return;
        }
        try {
            body.writeTo(this.delegate.getBody());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write request body", ex);
        }
    }

    @Override
    public OutputStream getBody() throws IOException {
        return this.delegate.getBody();
    }

    @Override
    public HttpHeaders getHeaders() {
        return this.delegate.getHeaders();
    }

    @Override
    public HttpMethod getMethod() {
        return this.delegate.getMethod();
    }

    @Override
    public URI getURI() {
        return this.delegate.getURI();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return this.delegate.getAttributes();
    }

}
