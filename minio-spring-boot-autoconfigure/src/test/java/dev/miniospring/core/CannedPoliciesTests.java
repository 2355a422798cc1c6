package dev.miniospring.core;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.miniospring.policy.Policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The canned-policy algebra on policy documents, without any server.
 */
class CannedPoliciesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ANONYMOUS = "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\"]}";

    static Stream<Arguments> policiesAndPrefixes() {
        return Stream.of(Policy.values())
            .flatMap((policy) -> Stream.of("", "photos/", "a b+c/é").map((prefix) -> Arguments.of(policy, prefix)));
    }

    @ParameterizedTest
    @MethodSource("policiesAndPrefixes")
    void setThenGetRoundTrips(Policy policy, String prefix) {
        String document = CannedPolicies.apply("", "bucket", prefix, policy);
        assertThat(CannedPolicies.policyFor(document, "bucket", prefix)).isEqualTo(policy);
        assertThat(document.isEmpty()).isEqualTo(policy == Policy.NONE);
        assertThat(CannedPolicies.apply(document, "bucket", prefix, Policy.NONE)).isEmpty();
    }

    @Test
    void readOnlyOnPrefixHasConditionedListing() {
        String document = CannedPolicies.apply("", "bucket", "photos/", Policy.READ_ONLY);
        assertThat(tree(document)).isEqualTo(tree("{\"Version\":\"2012-10-17\",\"Statement\":["
                + statement("\"s3:GetBucketLocation\"", "\"arn:aws:s3:::bucket\"") + ","
                + statement("\"s3:ListBucket\"", "\"arn:aws:s3:::bucket\"").replaceFirst("}$",
                        ",\"Condition\":{\"StringEquals\":{\"s3:prefix\":[\"photos/\"]}}}")
                + "," + statement("\"s3:GetObject\"", "\"arn:aws:s3:::bucket/photos/*\"") + "]}"));
    }

    @Test
    void readWriteOnWholeBucketMergesActions() {
        String document = CannedPolicies.apply("", "bucket", "", Policy.READ_WRITE);
        assertThat(tree(document)).isEqualTo(
                tree("{\"Version\":\"2012-10-17\",\"Statement\":["
                        + statement("\"s3:GetBucketLocation\",\"s3:ListBucket\",\"s3:ListBucketMultipartUploads\"",
                                "\"arn:aws:s3:::bucket\"")
                        + ","
                        + statement(
                                "\"s3:AbortMultipartUpload\",\"s3:DeleteObject\",\"s3:GetObject\","
                                        + "\"s3:ListMultipartUploadParts\",\"s3:PutObject\"",
                                "\"arn:aws:s3:::bucket/*\"")
                        + "]}"));
    }

    @Test
    void writeOnlyHasNoListingOrRead() {
        String document = CannedPolicies.apply("", "bucket", "up/", Policy.WRITE_ONLY);
        assertThat(tree(document)).isEqualTo(tree("{\"Version\":\"2012-10-17\",\"Statement\":["
                + statement("\"s3:GetBucketLocation\",\"s3:ListBucketMultipartUploads\"", "\"arn:aws:s3:::bucket\"")
                + "," + statement("\"s3:AbortMultipartUpload\",\"s3:DeleteObject\",\"s3:ListMultipartUploadParts\","
                        + "\"s3:PutObject\"", "\"arn:aws:s3:::bucket/up/*\"")
                + "]}"));
    }

    @Test
    void prefixesWithDifferentPoliciesCoexist() {
        String document = CannedPolicies.apply("", "bucket", "public/", Policy.READ_ONLY);
        document = CannedPolicies.apply(document, "bucket", "inbox/", Policy.WRITE_ONLY);
        document = CannedPolicies.apply(document, "bucket", "shared/", Policy.READ_WRITE);
        assertThat(CannedPolicies.policyFor(document, "bucket", "public/")).isEqualTo(Policy.READ_ONLY);
        assertThat(CannedPolicies.policyFor(document, "bucket", "inbox/")).isEqualTo(Policy.WRITE_ONLY);
        assertThat(CannedPolicies.policyFor(document, "bucket", "shared/")).isEqualTo(Policy.READ_WRITE);
        assertThat(CannedPolicies.policyFor(document, "bucket", "private/")).isEqualTo(Policy.NONE);
        assertThat(tree(document).path("Statement").get(1).path("Condition").path("StringEquals").path("s3:prefix"))
            .isEqualTo(tree("[\"public/\",\"shared/\"]"));
    }

    @Test
    void noneRemovesOnlyItsPrefixAndKeepsBucketActionsOthersNeed() {
        String document = CannedPolicies.apply("", "bucket", "a/", Policy.READ_ONLY);
        document = CannedPolicies.apply(document, "bucket", "b/", Policy.READ_WRITE);
        document = CannedPolicies.apply(document, "bucket", "a/", Policy.NONE);
        assertThat(CannedPolicies.policyFor(document, "bucket", "a/")).isEqualTo(Policy.NONE);
        assertThat(CannedPolicies.policyFor(document, "bucket", "b/")).isEqualTo(Policy.READ_WRITE);
        assertThat(document).contains("s3:GetBucketLocation", "s3:ListBucketMultipartUploads", "\"b/\"")
            .doesNotContain("\"a/\"", "bucket/a/*");
        document = CannedPolicies.apply(document, "bucket", "b/", Policy.READ_ONLY);
        assertThat(document).doesNotContain("s3:ListBucketMultipartUploads", "s3:PutObject");
        assertThat(CannedPolicies.apply(document, "bucket", "b/", Policy.NONE)).isEmpty();
    }

    @Test
    void foreignStatementsAndFieldsArePreservedVerbatim() {
        String foreign = "{\"Version\":\"2012-10-17\",\"Id\":\"mine\",\"Statement\":["
                + "{\"Sid\":\"team\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::123456789012:root\"]},"
                + "\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::bucket\",\"arn:aws:s3:::bucket/*\"]},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:DeleteObject\","
                + "\"Resource\":\"arn:aws:s3:::bucket/*\"},"
                + "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::bucket/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}]}";
        String document = CannedPolicies.apply(foreign, "bucket", "photos/", Policy.READ_WRITE);
        assertThat(tree(document).path("Statement")).hasSize(6);
        assertThat(tree(document).path("Id").asString()).isEqualTo("mine");
        assertThat(CannedPolicies.policyFor(foreign, "bucket", "photos/")).isEqualTo(Policy.NONE);
        assertThat(tree(CannedPolicies.apply(document, "bucket", "photos/", Policy.NONE))).isEqualTo(tree(foreign));
    }

    @Test
    void getCountsStatementsForAWiderPrefix() {
        String wholeBucket = CannedPolicies.apply("", "bucket", "", Policy.READ_ONLY);
        assertThat(CannedPolicies.policyFor(wholeBucket, "bucket", "photos/2024/")).isEqualTo(Policy.READ_ONLY);
        String photos = CannedPolicies.apply("", "bucket", "photos/", Policy.WRITE_ONLY);
        assertThat(CannedPolicies.policyFor(photos, "bucket", "photos/2024/")).isEqualTo(Policy.WRITE_ONLY);
        assertThat(CannedPolicies.policyFor(photos, "bucket", "")).isEqualTo(Policy.NONE);
        assertThat(CannedPolicies.policyFor(photos, "bucket", "videos/")).isEqualTo(Policy.NONE);
        assertThat(CannedPolicies.policyFor(photos, "other", "photos/")).isEqualTo(Policy.NONE);
        String both = CannedPolicies.apply(wholeBucket, "bucket", "photos/", Policy.WRITE_ONLY);
        assertThat(CannedPolicies.policyFor(both, "bucket", "photos/x")).isEqualTo(Policy.READ_WRITE);
    }

    @Test
    void readsHandWrittenAndSdkWrittenShapesAndMergesTheirDuplicates() {
        String sdk = "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::bucket/*\"},"
                + "{\"Sid\":\"\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"s3:getobject\"],"
                + "\"Resource\":[\"arn:aws:s3:::bucket/*\"]},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\"]},\"Action\":[\"s3:GetBucketLocation\"],"
                + "\"Resource\":[\"arn:aws:s3:::bucket\"]}]}";
        assertThat(CannedPolicies.policyFor(sdk, "bucket", "any/key")).isEqualTo(Policy.READ_ONLY);
        String document = CannedPolicies.apply(sdk, "bucket", "docs/", Policy.READ_ONLY);
        assertThat(tree(document).path("Statement")).hasSize(3);
        assertThat(tree(document).path("Statement").get(2))
            .isEqualTo(tree(statement("\"s3:GetObject\"", "\"arn:aws:s3:::bucket/*\",\"arn:aws:s3:::bucket/docs/*\"")));
    }

    @Test
    void statementsSpanningOtherBucketsAreForeignButCount() {
        String shared = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":[\"arn:aws:s3:::bucket/*\",\"arn:aws:s3:::other/*\"]}]}";
        assertThat(CannedPolicies.policyFor(shared, "bucket", "x")).isEqualTo(Policy.READ_ONLY);
        String document = CannedPolicies.apply(shared, "bucket", "", Policy.NONE);
        assertThat(tree(document).path("Statement").get(0)).isEqualTo(tree(shared).path("Statement").get(0));
        assertThat(tree(document).path("Version").asString()).isEqualTo("2012-10-17");
    }

    @Test
    void refusesDocumentsThatAreNotJsonObjects() {
        assertThatIllegalArgumentException().isThrownBy(() -> CannedPolicies.policyFor("{\"Statement\":", "b", ""))
            .withMessageContaining("'policy' is not valid JSON");
        assertThatIllegalArgumentException().isThrownBy(() -> CannedPolicies.apply("[]", "b", "", Policy.NONE))
            .withMessageContaining("'policy' must be a JSON object");
        assertThatIllegalArgumentException().isThrownBy(() -> BucketPolicyResource.validate(" "))
            .withMessageContaining("'policy' must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> BucketPolicyResource.validate("{} {}"))
            .withMessageContaining("'policy'");
    }

    private static String statement(String actions, String resources) {
        return "{" + ANONYMOUS + ",\"Action\":[" + actions + "],\"Resource\":[" + resources + "]}";
    }

    private static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

}
