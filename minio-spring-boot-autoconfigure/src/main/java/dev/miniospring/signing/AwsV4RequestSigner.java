package dev.miniospring.signing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;

/**
 * AWS Signature Version 4 for S3 on the AWS SDK v2 {@link AwsV4HttpSigner}, configured
 * the way S3 requires (no double URL encoding, no path normalization).
 *
 * <p>
 * In-memory payloads are hashed into the signature; one-shot streams are sent as
 * {@code UNSIGNED-PAYLOAD}. Transport and tracing headers that proxies or HTTP clients
 * may rewrite are left out of the signature. POST policies, which the AWS SDK does not
 * sign, are signed here with the SigV4 signing key. The session token of temporary
 * credentials is sent (and signed) as {@code X-Amz-Security-Token}, a header or a query
 * parameter of presigned URLs.
 *
 * @since 0.1.0
 */
public final class AwsV4RequestSigner implements S3RequestSigner {

    private static final Set<String> UNSIGNED_HEADERS = Set.of("authorization", "connection", "expect", "user-agent",
            "accept", "accept-encoding", "content-length", "transfer-encoding", "keep-alive", "te", "upgrade",
            "traceparent", "tracestate", "baggage", "b3", "x-b3-traceid", "x-b3-spanid", "x-b3-sampled",
            "x-b3-parentspanid", "x-amzn-trace-id", "host");

    private static final DateTimeFormatter SCOPE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
        .withZone(ZoneOffset.UTC);

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final Supplier<AwsV4HttpSigner> signer = SingletonSupplier.of(AwsV4HttpSigner::create);

    private final Clock clock;

    /**
     * Creates a signer on the system UTC clock.
     */
    public AwsV4RequestSigner() {
        this(Clock.systemUTC());
    }

    /**
     * Creates a signer on the given clock (tests use a fixed one).
     * @param clock the clock that dates signatures
     */
    public AwsV4RequestSigner(Clock clock) {
        Assert.notNull(clock, "'clock' must not be null");
        this.clock = clock;
    }

    @Override
    public HttpHeaders sign(SigningRequest request) {
        SignRequest.Builder<AwsCredentialsIdentity> builder = baseRequest(request)
            .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, request.payload().signed());
        if (request.payload() instanceof RequestPayload.Bytes bytes && bytes.signed()) {
            builder.payload(ContentStreamProvider.fromInputStreamSupplier(bytes::newStream));
        }
        SignedRequest signed = this.signer.get().sign(builder.build());
        HttpHeaders headers = new HttpHeaders();
        signed.request().forEachHeader((name, values) -> {
            if (!"host".equalsIgnoreCase(name)) {
                headers.put(name, values);
            }
        });
        return headers;
    }

    @Override
    public URI presign(SigningRequest request, Duration expiry) {
        SignRequest<AwsCredentialsIdentity> signRequest = baseRequest(request)
            .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
            .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expiry)
            .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
            .build();
        return this.signer.get().sign(signRequest).request().getUri();
    }

    @Override
    public String signPostPolicy(String base64Policy, MinioCredentials credentials, String region, Instant date) {
        Assert.hasText(base64Policy, "'base64Policy' must not be empty");
        Assert.hasText(region, "'region' must not be empty");
        byte[] signingKey = ("AWS4" + credentials.secretKey()).getBytes(StandardCharsets.UTF_8);
        for (String scope : new String[] { SCOPE_DATE.format(date), region, "s3", "aws4_request" }) {
            signingKey = hmacSha256(signingKey, scope);
        }
        return HexFormat.of().formatHex(hmacSha256(signingKey, base64Policy));
    }

    private static byte[] hmacSha256(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 is not available", ex);
        }
    }

    private SignRequest.Builder<AwsCredentialsIdentity> baseRequest(SigningRequest request) {
        return SignRequest.builder(identity(request.credentials()))
            .request(toSdkRequest(request))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
            .putProperty(AwsV4HttpSigner.REGION_NAME, request.region())
            .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
            .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
            .putProperty(HttpSigner.SIGNING_CLOCK, this.clock);
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
