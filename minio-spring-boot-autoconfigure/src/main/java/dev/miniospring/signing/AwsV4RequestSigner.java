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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

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

    private static final DateTimeFormatter SCOPE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
        .withZone(ZoneOffset.UTC);

    private static final String HMAC_SHA256 = "HmacSHA256";

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
        return AwsSdkSigning.sign(request, this.clock);
    }

    @Override
    public URI presign(SigningRequest request, Duration expiry) {
        return AwsSdkSigning.presign(request, expiry, this.clock);
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

}
