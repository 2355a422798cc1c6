package dev.miniospring.internal.transport;

import java.io.IOException;
import java.net.URI;

import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.S3RequestSigner;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractClientHttpRequestFactoryWrapper;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.Assert;

/**
 * Wraps any {@link ClientHttpRequestFactory} so that each request is signed just before it is executed.
 *
 * <p>Signing here rather than in a {@code ClientHttpRequestInterceptor} keeps request bodies streaming: interceptors
 * make Spring buffer the whole body in memory.
 */
public final class SigningClientHttpRequestFactory extends AbstractClientHttpRequestFactoryWrapper {

    private final S3RequestSigner signer;

    private final MinioCredentials credentials;

    /**
     * Creates a signing wrapper.
     * @param delegate the factory that performs the requests
     * @param signer the signer
     * @param credentials the credentials to sign with
     */
    public SigningClientHttpRequestFactory(ClientHttpRequestFactory delegate, S3RequestSigner signer,
            MinioCredentials credentials) {
        super(delegate);
        Assert.notNull(signer, "'signer' must not be null");
        Assert.notNull(credentials, "'credentials' must not be null");
        this.signer = signer;
        this.credentials = credentials;
    }

    @Override
    protected ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod, ClientHttpRequestFactory requestFactory)
            throws IOException {
        return new SigningClientHttpRequest(requestFactory.createRequest(uri, httpMethod), this.signer,
                this.credentials);
    }

}
