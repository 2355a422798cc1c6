package dev.miniospring.core;

import java.util.Arrays;
import java.util.Optional;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.bucket.BucketEncryption;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.ServerSideEncryptionConfiguration;
import dev.miniospring.internal.xml.ServerSideEncryptionConfiguration.ApplyServerSideEncryptionByDefault;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The bucket default encryption operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code /bucket?encryption}). Arguments are checked before anything is sent.
 */
final class BucketEncryptionResource {

    private static final String NOT_FOUND = "ServerSideEncryptionConfigurationNotFoundError";

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    BucketEncryptionResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the default encryption of a bucket (GetBucketEncryption).
     * @param bucket the bucket
     * @return the encryption, empty when the bucket has none
     */
    Optional<BucketEncryption> getBucketEncryption(String bucket) {
        BucketNames.validate(bucket);
        return Optional.ofNullable(ConfigurationReads.get(this.transport, request(HttpMethod.GET, bucket).build(),
                ServerSideEncryptionConfiguration.class, NOT_FOUND, BucketEncryptionResource::fromDocument,
                "default encryption of bucket " + bucket));
    }

    /**
     * Replaces the default encryption of a bucket (PutBucketEncryption).
     * @param bucket the bucket
     * @param encryption the encryption
     */
    void setBucketEncryption(String bucket, BucketEncryption encryption) {
        BucketNames.validate(bucket);
        validate(encryption);
        ServerSideEncryptionConfiguration document = ServerSideEncryptionConfiguration
            .of(encryption.algorithm().value(), encryption.kmsKeyId());
        this.transport.execute(XmlBodies.withDocument(request(HttpMethod.PUT, bucket), document).build());
    }

    /**
     * Removes the default encryption of a bucket (GetBucketEncryption, then
     * DeleteBucketEncryption when there is one). Reading first is a guard: a server that
     * ignores the {@code ?encryption} sub-resource (Ceph RGW 16) takes
     * {@code DELETE /bucket?encryption} for DeleteBucket, and its GET answer, a listing,
     * fails before anything is deleted.
     * @param bucket the bucket
     */
    void deleteBucketEncryption(String bucket) {
        BucketNames.validate(bucket);
        if (getBucketEncryption(bucket).isEmpty()) {
            return;
        }
        try {
            this.transport.execute(request(HttpMethod.DELETE, bucket).build());
        }
        catch (MinioErrorResponseException ex) {
            if (!NOT_FOUND.equals(ex.code())) {
                throw ex;
            }
        }
    }

    /**
     * Checks an encryption before it is sent.
     * @param encryption the encryption
     * @throws IllegalArgumentException naming {@code encryption} when null, or with a
     * blank key id or a key id for SSE-S3
     */
    static void validate(BucketEncryption encryption) {
        Assert.notNull(encryption, "'encryption' must not be null");
        Assert.notNull(encryption.algorithm(), "'encryption' must have an algorithm");
        String keyId = encryption.kmsKeyId();
        Assert.isTrue(keyId == null || encryption.algorithm() == BucketEncryption.Algorithm.AWS_KMS,
                "'encryption' may have a KMS key id only with SSE-KMS (aws:kms)");
        Assert.isTrue(keyId == null || (!keyId.isBlank() && keyId.chars().noneMatch(Character::isISOControl)),
                "'encryption' KMS key id must be null or non-blank without control characters");
    }

    private static BucketEncryption fromDocument(ServerSideEncryptionConfiguration document) {
        Assert.isTrue(document.rules().size() == 1, () -> "expected one rule, found " + document.rules().size());
        ApplyServerSideEncryptionByDefault byDefault = document.rules().get(0).byDefault();
        Assert.isTrue(byDefault != null && byDefault.algorithm() != null, "the rule has no <SSEAlgorithm>");
        BucketEncryption.Algorithm algorithm = Arrays.stream(BucketEncryption.Algorithm.values())
            .filter((candidate) -> candidate.value().equals(byDefault.algorithm()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown algorithm '" + byDefault.algorithm() + "'"));
        String keyId = byDefault.kmsMasterKeyId();
        return new BucketEncryption(algorithm, (keyId != null && !keyId.isEmpty()) ? keyId : null);
    }

    private static S3Request.Builder request(HttpMethod method, String bucket) {
        return S3Request.builder(method).bucket(bucket).query("encryption", "");
    }

}
