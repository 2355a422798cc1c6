package dev.miniospring.core;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.policy.Policy;
import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.StreamUtils;

/**
 * The bucket policy operations of {@link dev.miniospring.core.MinioTemplate}. Arguments
 * are validated by the template.
 */
final class BucketPolicyResource {

    private static final Set<String> NO_POLICY = Set.of("NoSuchBucketPolicy", "NoSuchPolicy");

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    public BucketPolicyResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the canned policy of a prefix (GetBucketPolicy).
     * @param bucket the bucket
     * @param prefix the prefix; {@code null} or empty for the whole bucket
     * @return the policy
     */
    public Policy getBucketPolicy(String bucket, @Nullable String prefix) {
        String resources = policyPrefix(prefix);
        String json = getBucketPolicyJson(bucket);
        return stored(bucket, () -> CannedPolicies.policyFor(json, bucket, resources));
    }

    /**
     * Replaces the canned policy of a prefix, keeping the rest of the bucket policy
     * (GetBucketPolicy, then PutBucketPolicy, or DeleteBucketPolicy when no statement is
     * left).
     * @param bucket the bucket
     * @param prefix the prefix; {@code null} or empty for the whole bucket
     * @param policy the policy
     */
    public void setBucketPolicy(String bucket, @Nullable String prefix, Policy policy) {
        Assert.notNull(policy, "'policy' must not be null");
        String resources = policyPrefix(prefix);
        String current = getBucketPolicyJson(bucket);
        String updated = stored(bucket, () -> CannedPolicies.apply(current, bucket, resources, policy));
        if (!updated.isEmpty()) {
            setBucketPolicyJson(bucket, updated);
        }
        else if (!current.isEmpty()) {
            deleteBucketPolicy(bucket);
        }
    }

    /**
     * Returns the bucket policy (GetBucketPolicy).
     * @param bucket the bucket
     * @return the JSON, or an empty string when the bucket has none
     */
    public String getBucketPolicyJson(String bucket) {
        BucketNames.validate(bucket);
        try {
            return this.transport.execute(request(HttpMethod.GET, bucket).build(),
                    (response) -> StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8));
        }
        catch (MinioErrorResponseException ex) {
            if (NO_POLICY.contains(ex.code())) {
                return "";
            }
            throw ex;
        }
    }

    /**
     * Replaces the bucket policy (PutBucketPolicy).
     * @param bucket the bucket
     * @param json the policy JSON
     */
    public void setBucketPolicyJson(String bucket, String json) {
        BucketNames.validate(bucket);
        validate(json);
        this.transport.execute(request(HttpMethod.PUT, bucket).header("Content-Type", "application/json")
            .payload(RequestPayload.of(json.getBytes(StandardCharsets.UTF_8)))
            .build());
    }

    /**
     * Removes the bucket policy (DeleteBucketPolicy); a bucket without policy is not an
     * error.
     * @param bucket the bucket
     */
    public void deleteBucketPolicy(String bucket) {
        BucketNames.validate(bucket);
        try {
            this.transport.execute(request(HttpMethod.DELETE, bucket).build());
        }
        catch (MinioErrorResponseException ex) {
            if (!NO_POLICY.contains(ex.code())) {
                throw ex;
            }
        }
    }

    /**
     * Checks that a policy document is a JSON object, before anything is sent.
     * @param json the policy JSON
     * @throws IllegalArgumentException naming {@code policy} when it is empty or not a
     * JSON object
     */
    static void validate(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("'policy' must not be empty; use deleteBucketPolicy to remove it");
        }
        CannedPolicies.parse(json);
    }

    private static String policyPrefix(@Nullable String prefix) {
        Assert.isTrue(prefix == null || prefix.indexOf('*') < 0,
                "'prefix' must not contain '*', a wildcard in policy resources");
        return (prefix != null) ? prefix : "";
    }

    private static <T> T stored(String bucket, Supplier<T> computation) {
        try {
            return computation.get();
        }
        catch (IllegalArgumentException ex) {
            throw new MinioInvalidResponseException(200,
                    "The stored policy of bucket " + bucket + " is invalid: " + ex.getMessage());
        }
    }

    private static S3Request.Builder request(HttpMethod method, String bucket) {
        return S3Request.builder(method).bucket(bucket).query("policy", "");
    }

}
