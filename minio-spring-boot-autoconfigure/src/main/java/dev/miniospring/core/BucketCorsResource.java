package dev.miniospring.core;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.miniospring.bucket.CorsConfiguration;
import dev.miniospring.bucket.CorsRule;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.CorsConfigurationDocument;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The bucket CORS operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code /bucket?cors}). Arguments are checked before anything is sent.
 */
final class BucketCorsResource {

    /**
     * The most rules a configuration may have.
     */
    static final int MAX_RULES = 100;

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    BucketCorsResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the CORS configuration of a bucket (GetBucketCors).
     * @param bucket the bucket
     * @return the configuration, empty when the bucket has none
     * ({@code NoSuchCORSConfiguration})
     */
    CorsConfiguration getBucketCors(String bucket) {
        BucketNames.validate(bucket);
        CorsConfiguration cors = ConfigurationReads.get(this.transport, request(HttpMethod.GET, bucket).build(),
                CorsConfigurationDocument.class, "NoSuchCORSConfiguration", BucketCorsResource::fromDocument,
                "CORS configuration of bucket " + bucket);
        return (cors != null) ? cors : CorsConfiguration.empty();
    }

    /**
     * Replaces the CORS configuration of a bucket (PutBucketCors).
     * @param bucket the bucket
     * @param cors the configuration
     */
    void setBucketCors(String bucket, CorsConfiguration cors) {
        BucketNames.validate(bucket);
        validate(cors);
        this.transport.execute(XmlBodies.withDocument(request(HttpMethod.PUT, bucket), toDocument(cors)).build());
    }

    /**
     * Removes the CORS configuration of a bucket (DeleteBucketCors).
     * @param bucket the bucket
     */
    void deleteBucketCors(String bucket) {
        BucketNames.validate(bucket);
        this.transport.execute(request(HttpMethod.DELETE, bucket).build());
    }

    /**
     * Checks a configuration before it is sent.
     * @param cors the configuration
     * @throws IllegalArgumentException naming {@code cors}, the rule and the value at
     * fault
     */
    static void validate(CorsConfiguration cors) {
        Assert.notNull(cors, "'cors' must not be null");
        Assert.isTrue(!cors.isEmpty(), "'cors' must have at least one rule; use deleteBucketCors to remove it");
        Assert.isTrue(cors.rules().size() <= MAX_RULES,
                () -> "'cors' must have at most " + MAX_RULES + " rules (has " + cors.rules().size() + ")");
        for (int i = 0; i < cors.rules().size(); i++) {
            CorsRule rule = cors.rules().get(i);
            String where = "'cors' rule #" + (i + 1);
            Assert.notNull(rule, () -> where + " must not be null");
            validate(rule, where);
        }
    }

    private static void validate(CorsRule rule, String where) {
        Assert.isTrue(rule.id() == null || (!rule.id().isBlank() && rule.id().length() <= LifecycleRules.MAX_ID_LENGTH),
                () -> where + ": the id must be null or 1 to 255 characters");
        Assert.isTrue(!rule.allowedOrigins().isEmpty(), () -> where + " must allow at least one origin");
        Assert.isTrue(!rule.allowedMethods().isEmpty(), () -> where + " must allow at least one method");
        rule.allowedOrigins().forEach((origin) -> wildcard(origin, where, "origin"));
        rule.allowedHeaders().forEach((header) -> wildcard(header, where, "allowed header"));
        rule.exposeHeaders().forEach((header) -> Assert.hasText(header, () -> where + " has an empty expose header"));
        rule.allowedMethods()
            .forEach((method) -> Assert.isTrue(METHODS.contains(method),
                    () -> where + ": the method '" + method + "' is not one of GET, PUT, POST, DELETE, HEAD"));
        Assert.isTrue(rule.maxAgeSeconds() == null || rule.maxAgeSeconds() >= 0,
                () -> where + ": the max age must not be negative (is " + rule.maxAgeSeconds() + ")");
    }

    private static void wildcard(@Nullable String value, String where, String what) {
        Assert.isTrue(value != null && !value.isBlank(), () -> where + " has an empty " + what);
        Assert.isTrue(value.indexOf('*') == value.lastIndexOf('*'),
                () -> where + ": the " + what + " '" + value + "' may hold at most one '*'");
    }

    private static CorsConfigurationDocument toDocument(CorsConfiguration cors) {
        return CorsConfigurationDocument.of(cors.rules()
            .stream()
            .map((rule) -> new CorsConfigurationDocument.Rule(rule.id(), rule.allowedHeaders(), rule.allowedMethods(),
                    rule.allowedOrigins(), rule.exposeHeaders(), rule.maxAgeSeconds()))
            .toList());
    }

    private static CorsConfiguration fromDocument(CorsConfigurationDocument document) {
        List<CorsRule> rules = document.rules()
            .stream()
            .map((rule) -> new CorsRule(rule.id(), rule.allowedOrigins(), rule.allowedMethods(), rule.allowedHeaders(),
                    rule.exposeHeaders(), rule.maxAgeSeconds()))
            .toList();
        return new CorsConfiguration(rules);
    }

    private static S3Request.Builder request(HttpMethod method, String bucket) {
        return S3Request.builder(method).bucket(bucket).query("cors", "");
    }

}
