package dev.miniospring.signing;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * What a {@link S3RequestSigner} needs to sign one request.
 *
 * @param method the HTTP method
 * @param uri the full, already encoded request URI
 * @param headers the headers to sign (read-only for the signer)
 * @param payload the body
 * @param credentials the credentials to sign with
 * @param region the region of the signing scope
 * @since 0.1.0
 */
public record SigningRequest(HttpMethod method, URI uri, HttpHeaders headers, RequestPayload payload,
        MinioCredentials credentials, String region) {

}
