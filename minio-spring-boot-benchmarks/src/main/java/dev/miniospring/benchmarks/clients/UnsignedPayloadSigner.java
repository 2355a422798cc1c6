package dev.miniospring.benchmarks.clients;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.signing.S3RequestSigner;
import dev.miniospring.signing.SigningRequest;

import org.springframework.http.HttpHeaders;

/**
 * The template's SigV4 signer told that every payload is a one-shot stream, so that uploads carry
 * {@code UNSIGNED-PAYLOAD} instead of their SHA-256: measures what payload hashing costs.
 */
final class UnsignedPayloadSigner implements S3RequestSigner {

    private final AwsV4RequestSigner delegate = new AwsV4RequestSigner();

    @Override
    public HttpHeaders sign(SigningRequest request) {
        RequestPayload unsigned = RequestPayload.unsigned(InputStream.nullInputStream(), request.payload().length());
        return this.delegate.sign(new SigningRequest(request.method(), request.uri(), request.headers(), unsigned,
                request.credentials(), request.region()));
    }

    @Override
    public URI presign(SigningRequest request, Duration expiry) {
        return this.delegate.presign(request, expiry);
    }

    @Override
    public String signPostPolicy(String base64Policy, MinioCredentials credentials, String region, Instant date) {
        return this.delegate.signPostPolicy(base64Policy, credentials, region, date);
    }

}
