package dev.miniospring.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.miniospring.internal.transport.RequestDecorator;
import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.presign.PostPolicy;
import dev.miniospring.presign.PresignedPostForm;
import dev.miniospring.presign.PresignedRequest;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.MinioCredentialsProvider;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.signing.S3RequestSigner;
import dev.miniospring.signing.SigningRequest;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Creates presigned GET and PUT URLs and signed POST-policy forms through the
 * {@link S3RequestSigner} SPI, for the host the URL's users will reach (the public
 * endpoint when one is configured).
 *
 * <p>
 * Presigning performs no network I/O when the region is configured or already cached for
 * the bucket; otherwise the bucket's region is discovered once with GetBucketLocation on
 * the server endpoint. Headers a URL cannot carry (an SSE-C customer key, the content
 * type and metadata of a PUT) are signed and returned for the caller to send.
 */
final class Presigner {

    /**
     * The longest expiry S3 accepts, and the default: 7 days.
     */
    public static final Duration MAX_EXPIRY = Duration.ofDays(7);

    private static final Duration MIN_EXPIRY = Duration.ofSeconds(1);

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC);

    private final S3RequestSigner signer;

    private final MinioCredentialsProvider credentials;

    private final S3Endpoint endpoint;

    private final Function<String, String> regionOfBucket;

    private final Clock clock;

    private final CustomerKeyGuard customerKeys;

    /**
     * Creates a presigner.
     * @param signer the signer, which also signs POST policies
     * @param credentials supplies the credentials each URL and form is signed with
     * @param endpoint the endpoint the URLs point to (the public one, when browsers reach
     * the server elsewhere)
     * @param regionOfBucket returns the signing region of a bucket
     * @param clock dates POST policies (presigned URLs are dated by the signer)
     * @param allowCustomerKeysOverHttp whether requests may send an SSE-C key to a plain
     * {@code http://} URL
     */
    public Presigner(S3RequestSigner signer, MinioCredentialsProvider credentials, S3Endpoint endpoint,
            Function<String, String> regionOfBucket, Clock clock, boolean allowCustomerKeysOverHttp) {
        Assert.notNull(signer, "'signer' must not be null");
        Assert.notNull(credentials, "'credentials' must not be null");
        Assert.notNull(endpoint, "'endpoint' must not be null");
        Assert.notNull(regionOfBucket, "'regionOfBucket' must not be null");
        Assert.notNull(clock, "'clock' must not be null");
        this.signer = signer;
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.regionOfBucket = regionOfBucket;
        this.clock = clock;
        this.customerKeys = new CustomerKeyGuard(endpoint.baseUri(), allowCustomerKeysOverHttp);
    }

    /**
     * Returns a URL that downloads an object until it expires (GetObject).
     * @param bucket the bucket
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @param options the version and response header overrides, signed into the URL;
     * nothing else a URL cannot carry
     * @return the URL
     * @throws IllegalArgumentException on a bad bucket or key, an expiry out of range, or
     * options other than a version and response header overrides
     */
    public String presignedGetObject(String bucket, String key, Duration expiry, GetObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        checkExpiry(expiry);
        Assert.notNull(options, "'options' must not be null");
        Assert.isTrue(
                options.range() == null && options.conditions().isEmpty() && options.requestHeaders().isEmpty()
                        && options.listener() == ProgressListener.NONE && options.customerKey() == null
                        && !options.checksumMode(),
                "'options' of a presigned GET URL can only carry a version id and response header overrides; "
                        + "presignedGetObjectRequest signs the headers a URL cannot carry");
        return presign(HttpMethod.GET, bucket, key, expiry, ObjectOptionDecorators.get(options)).url().toString();
    }

    /**
     * Returns a URL that uploads an object with a plain HTTP PUT until it expires
     * (PutObject).
     * @param bucket the bucket
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @return the URL
     * @throws IllegalArgumentException on an expiry out of range
     */
    public String presignedPutObject(String bucket, String key, Duration expiry) {
        return presignedPutObjectRequest(bucket, key, expiry, PutObjectOptions.none()).url().toString();
    }

    /**
     * Returns a GET request that downloads an object until it expires: the URL, and the
     * headers the caller must send (an SSE-C key, a range, conditions, extra headers),
     * signed.
     * @param bucket the bucket
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @param options every option of a GET but a progress listener
     * @return the presigned request
     * @throws IllegalArgumentException on a bad bucket or key, an expiry out of range, a
     * progress listener, or an SSE-C key for a plain {@code http://} URL that was not
     * allowed
     */
    public PresignedRequest presignedGetObjectRequest(String bucket, String key, Duration expiry,
            GetObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        checkExpiry(expiry);
        Assert.notNull(options, "'options' must not be null");
        Assert.isTrue(options.listener() == ProgressListener.NONE,
                "'options' of a presigned GET cannot carry a progress listener: the caller downloads");
        this.customerKeys.check(options.customerKey());
        return presign(HttpMethod.GET, bucket, key, expiry, ObjectOptionDecorators.get(options));
    }

    /**
     * Returns a PUT request that uploads an object in one request until it expires: the
     * URL, and the headers the caller must send (content type, extra headers, metadata,
     * tags, server-side encryption), signed.
     * @param bucket the bucket
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @param options the options of a single PUT; no part size or progress listener
     * @return the presigned request
     * @throws IllegalArgumentException on a bad bucket or key, an expiry out of range, a
     * part size or progress listener, or an SSE-C key for a plain {@code http://} URL
     * that was not allowed
     */
    public PresignedRequest presignedPutObjectRequest(String bucket, String key, Duration expiry,
            PutObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        checkExpiry(expiry);
        Assert.notNull(options, "'options' must not be null");
        Assert.isTrue(options.partSize() == 0 && options.listener() == ProgressListener.NONE,
                "'options' of a presigned PUT cannot carry a part size or a progress listener: the caller sends "
                        + "one plain PUT");
        this.customerKeys.check(options.encryption());
        return presign(HttpMethod.PUT, bucket, key, expiry, ObjectOptionDecorators.presignedPut(options));
    }

    /**
     * Signs a POST policy for a browser form upload (PostObject).
     * @param policy the policy
     * @return the URL to post to and the form fields
     * @throws IllegalArgumentException when the policy has already expired
     */
    public PresignedPostForm presignedPostPolicy(PostPolicy policy) {
        Assert.notNull(policy, "'policy' must not be null");
        BucketNames.validate(policy.bucket());
        Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Assert.isTrue(policy.expiration().isAfter(now),
                () -> "'expiration' of the post policy must be in the future, was " + policy.expiration());
        String region = this.regionOfBucket.apply(policy.bucket());
        MinioCredentials credentials = this.credentials.credentials();
        Map<String, String> signingFields = signingFields(credentials, region, now);
        String base64Policy = PostPolicyDocument.base64(policy, signingFields);
        Map<String, String> fields = new LinkedHashMap<>(policy.equalityFields());
        fields.putAll(signingFields);
        fields.put("policy", base64Policy);
        fields.put("x-amz-signature", this.signer.signPostPolicy(base64Policy, credentials, region, now));
        return new PresignedPostForm(this.endpoint.uri(policy.bucket(), null, Map.of()).toString(), fields);
    }

    private static Map<String, String> signingFields(MinioCredentials credentials, String region, Instant date) {
        String amzDate = AMZ_DATE.format(date);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("x-amz-algorithm", ALGORITHM);
        fields.put("x-amz-credential",
                credentials.accessKey() + "/" + amzDate.substring(0, 8) + "/" + region + "/s3/aws4_request");
        fields.put("x-amz-date", amzDate);
        if (credentials.sessionToken() != null) {
            fields.put("x-amz-security-token", credentials.sessionToken());
        }
        return fields;
    }

    private PresignedRequest presign(HttpMethod method, String bucket, String key, Duration expiry,
            RequestDecorator options) {
        S3Request request = S3Request.builder(method).apply(options).build();
        URI uri = this.endpoint.uri(bucket, key, new TreeMap<>(request.query().toSingleValueMap()));
        SigningRequest signing = new SigningRequest(method, uri, request.headers(), RequestPayload.empty(),
                this.credentials.credentials(), this.regionOfBucket.apply(bucket));
        return new PresignedRequest(method, this.signer.presign(signing, expiry), request.headers().toSingleValueMap());
    }

    private static void checkExpiry(Duration expiry) {
        Assert.notNull(expiry, "'expiry' must not be null");
        Assert.isTrue(expiry.compareTo(MIN_EXPIRY) >= 0 && expiry.compareTo(MAX_EXPIRY) <= 0,
                () -> "'expiry' must be between 1 second and 7 days, was " + expiry);
    }

    @Override
    public String toString() {
        return "Presigner[endpoint=" + this.endpoint + "]";
    }

}
