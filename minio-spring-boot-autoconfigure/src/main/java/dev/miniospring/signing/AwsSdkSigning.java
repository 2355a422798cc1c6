package dev.miniospring.signing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import org.springframework.http.HttpHeaders;

/**
 * The calls of {@link AwsV4RequestSigner} into the AWS SDK's {@link AwsV4HttpSigner}, in
 * a class of their own so that the SDK's classes are loaded with the first signature, not
 * with the signer bean at start-up.
 */
final class AwsSdkSigning {

    private static final Set<String> UNSIGNED_HEADERS = Set.of("authorization", "connection", "expect", "user-agent",
            "accept", "accept-encoding", "content-length", "transfer-encoding", "keep-alive", "te", "upgrade",
            "traceparent", "tracestate", "baggage", "b3", "x-b3-traceid", "x-b3-spanid", "x-b3-sampled",
            "x-b3-parentspanid", "x-amzn-trace-id", "host");

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private AwsSdkSigning() {
    }

    static HttpHeaders sign(SigningRequest request, Clock clock) {
        SignRequest.Builder<AwsCredentialsIdentity> builder = baseRequest(request, clock)
            .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, request.payload().signed());
        if (request.payload() instanceof RequestPayload.Bytes bytes && bytes.signed()) {
            builder.payload(ContentStreamProvider.fromInputStreamSupplier(bytes::newStream));
        }
        SignedRequest signed = SIGNER.sign(builder.build());
        HttpHeaders headers = new HttpHeaders();
        signed.request().forEachHeader((name, values) -> {
            if (!"host".equalsIgnoreCase(name)) {
                headers.put(name, values);
            }
        });
        return headers;
    }

    static URI presign(SigningRequest request, Duration expiry, Clock clock) {
        SignRequest<AwsCredentialsIdentity> signRequest = baseRequest(request, clock)
            .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
            .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expiry)
            .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
            .build();
        return SIGNER.sign(signRequest).request().getUri();
    }

    private static SignRequest.Builder<AwsCredentialsIdentity> baseRequest(SigningRequest request, Clock clock) {
        return SignRequest.builder(identity(request.credentials()))
            .request(toSdkRequest(request))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
            .putProperty(AwsV4HttpSigner.REGION_NAME, request.region())
            .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
            .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
            .putProperty(HttpSigner.SIGNING_CLOCK, clock);
    }

    private static AwsCredentialsIdentity identity(MinioCredentials credentials) {
        if (credentials.sessionToken() != null) {
            return AwsSessionCredentialsIdentity.create(credentials.accessKey(), credentials.secretKey(),
                    credentials.sessionToken());
        }
        return AwsCredentialsIdentity.create(credentials.accessKey(), credentials.secretKey());
    }

    private static SdkHttpRequest toSdkRequest(SigningRequest request) {
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder()
            .method(SdkHttpMethod.fromValue(request.method().name()))
            .uri(request.uri());
        request.headers().forEach((name, values) -> {
            if (!UNSIGNED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.putHeader(name, values);
            }
        });
        return builder.build();
    }

}
