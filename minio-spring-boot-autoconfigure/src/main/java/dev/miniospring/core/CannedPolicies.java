package dev.miniospring.core;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.miniospring.policy.Policy;

import org.springframework.util.Assert;

/**
 * Applies and reads the canned anonymous-access policies of the MinIO client API on a
 * bucket policy JSON document, without I/O.
 *
 * <p>
 * A canned policy for a prefix consists of {@code Allow} statements for the anonymous
 * principal {@code {"AWS":["*"]}}: on the bucket ({@code s3:GetBucketLocation};
 * {@code s3:ListBucket}, limited by a {@code StringEquals s3:prefix} condition when the
 * prefix is not empty, to read; {@code s3:ListBucketMultipartUploads} to write) and on
 * {@code arn:aws:s3:::BUCKET/PREFIX*} ({@code s3:GetObject} to read;
 * {@code s3:AbortMultipartUpload}, {@code s3:DeleteObject},
 * {@code s3:ListMultipartUploadParts} and {@code s3:PutObject} to write). Statements made
 * of such grants are rewritten in a merged form; every other statement is kept as it is.
 */
final class CannedPolicies {

    private static final JsonMapper JSON = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();

    private static final String VERSION = "2012-10-17";

    private CannedPolicies() {
    }

    /**
     * Returns the document with the canned policy of a prefix replaced: the statements of
     * that exact prefix are removed (bucket-level actions other prefixes still need are
     * kept), those of the new policy added.
     * @param document the bucket policy JSON; empty for none
     * @param bucket the bucket
     * @param prefix the object key prefix; empty for the whole bucket
     * @param policy the new canned policy of the prefix
     * @return the new document, or an empty string when it has no statement left
     * @throws IllegalArgumentException when the document is not a JSON object
     */
    public static String apply(String document, String bucket, String prefix, Policy policy) {
        Assert.notNull(policy, "'policy' must not be null");
        ObjectNode root = parse(document);
        PolicyGrants grants = PolicyGrants.of(root, bucket);
        grants.revoke(prefix);
        grants.grant(prefix, policy);
        ArrayNode statements = grants.statements(JSON.createArrayNode());
        if (statements.isEmpty()) {
            return "";
        }
        if (!root.has("Version")) {
            ObjectNode versioned = JSON.createObjectNode().put("Version", VERSION);
            versioned.setAll(root);
            root = versioned;
        }
        root.set("Statement", statements);
        return JSON.writeValueAsString(root);
    }

    /**
     * Derives the canned policy that anonymous users have on the objects under a prefix:
     * statements for this prefix or a shorter one count; statements that grant nothing to
     * anonymous users on this bucket's objects are ignored.
     * @param document the bucket policy JSON; empty for none
     * @param bucket the bucket
     * @param prefix the object key prefix; empty for the whole bucket
     * @return the policy, {@link Policy#NONE} when the document is empty
     * @throws IllegalArgumentException when the document is not a JSON object
     */
    public static Policy policyFor(String document, String bucket, String prefix) {
        return PolicyGrants.of(parse(document), bucket).policyFor(prefix);
    }

    /**
     * Parses a policy document.
     * @param document the JSON; empty or blank for an empty document
     * @return the document
     * @throws IllegalArgumentException naming {@code policy} when it is not a JSON object
     */
    static ObjectNode parse(String document) {
        Assert.notNull(document, "'policy' must not be null");
        if (document.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(document);
            Assert.isTrue(node instanceof ObjectNode, "'policy' must be a JSON object");
            return (ObjectNode) node;
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("'policy' is not valid JSON: " + ex.getOriginalMessage(), ex);
        }
    }

}
