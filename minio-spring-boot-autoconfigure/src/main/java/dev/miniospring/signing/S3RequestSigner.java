package dev.miniospring.signing;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpHeaders;

/**
 * Signs S3 requests. The default implementation is {@link AwsV4RequestSigner}; declare a bean of this type to replace
 * it, for headers (every request) and query strings (presigned URLs) alike.
 */
public interface S3RequestSigner {

    /**
     * Computes the authentication headers of a request: {@code Authorization}, {@code x-amz-date},
     * {@code x-amz-content-sha256} and whatever else the scheme needs. {@code Host} must not be returned.
     * @param request the request to sign
     * @return the headers to add to the request
     */
    HttpHeaders sign(SigningRequest request);

    /**
     * Signs a request in its query string, producing a URL anyone can use until it expires.
     * @param request the request to presign; its payload is ignored (presigned requests are {@code UNSIGNED-PAYLOAD})
     * @param expiry how long the URL stays valid
     * @return the presigned URL
     */
    URI presign(SigningRequest request, Duration expiry);

}
