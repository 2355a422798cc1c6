package dev.miniospring.signing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpHeaders;

/**
 * Signs S3 requests. The default implementation is {@link AwsV4RequestSigner}; declare a
 * bean of this type to replace it, for headers (every request) and query strings
 * (presigned URLs) alike.
 *
 * @since 0.1.0
 */
public interface S3RequestSigner {

    /**
     * Computes the authentication headers of a request: {@code Authorization},
     * {@code x-amz-date}, {@code x-amz-content-sha256} and whatever else the scheme
     * needs. {@code Host} must not be returned.
     * @param request the request to sign
     * @return the headers to add to the request
     */
    HttpHeaders sign(SigningRequest request);

    /**
     * Signs a request in its query string, producing a URL anyone can use until it
     * expires.
     * @param request the request to presign; its payload is ignored (presigned requests
     * are {@code UNSIGNED-PAYLOAD})
     * @param expiry how long the URL stays valid
     * @return the presigned URL
     */
    URI presign(SigningRequest request, Duration expiry);

    /**
     * Signs a base64-encoded POST policy document for a browser form upload: with AWS
     * Signature Version 4 this is the hex HMAC-SHA256 of the policy under the signing key
     * of {@code date}, {@code region} and service {@code s3}. The policy already names
     * the credential scope and date in its {@code x-amz-credential} and
     * {@code x-amz-date} conditions, derived from the same arguments.
     * @param base64Policy the policy document, base64-encoded (the string to sign)
     * @param credentials the credentials to sign with
     * @param region the region of the signing scope
     * @param date the signing time
     * @return the value of the {@code x-amz-signature} form field
     */
    String signPostPolicy(String base64Policy, MinioCredentials credentials, String region, Instant date);

}
