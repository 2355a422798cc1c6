package dev.miniospring.internal.transport;

import java.io.IOException;
import java.net.URI;

import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.MinioCredentialsProvider;
import dev.miniospring.signing.S3RequestSigner;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractClientHttpRequestFactoryWrapper;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.Assert;

/**
 * Wraps any {@link ClientHttpRequestFactory} so that each request is signed just before
 * it is executed, with the credentials current at that moment.
 *
 * <p>
 * Signing here rather than in a {@code ClientHttpRequestInterceptor} keeps request bodies
 * streaming: interceptors make Spring buffer the whole body in memory.
 *
 * @since 0.1.0
 */
public final class SigningClientHttpRequestFactory extends AbstractClientHttpRequestFactoryWrapper {

    private final S3RequestSigner signer;

    private final MinioCredentialsProvider credentials;

    /**
     * Creates a signing wrapper.
     * @param delegate the factory that performs the requests
     * @param signer the signer
     * @param credentials supplies the credentials to sign each request with
     */
    public SigningClientHttpRequestFactory(ClientHttpRequestFactory delegate, S3RequestSigner signer,
            MinioCredentialsProvider credentials) {
        super(delegate);
        Assert.notNull(signer, "'signer' must not be null");
        Assert.notNull(credentials, "'credentials' must not be null");
        this.signer = signer;
        this.credentials = credentials;
    }

    /**
     * Creates a signing wrapper with fixed credentials.
     * @param delegate the factory that performs the requests
     * @param signer the signer
     * @param credentials the credentials to sign with
     */
    public SigningClientHttpRequestFactory(ClientHttpRequestFactory delegate, S3RequestSigner signer,
            MinioCredentials credentials) {
        this(delegate, signer, MinioCredentialsProvider.of(credentials));
    }

    @Override
    protected ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod, ClientHttpRequestFactory requestFactory)
            throws IOException {
        return new SigningClientHttpRequest(requestFactory.createRequest(uri, httpMethod), this.signer,
                this.credentials);
    }

}
