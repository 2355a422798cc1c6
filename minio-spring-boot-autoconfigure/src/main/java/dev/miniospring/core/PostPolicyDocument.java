package dev.miniospring.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.miniospring.presign.PostPolicy;

/**
 * Writes the standard S3 POST policy JSON document of a {@link PostPolicy} plus its
 * signing fields, base64-encoded.
 */
final class PostPolicyDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    private PostPolicyDocument() {
    }

    /**
     * Returns the base64 encoding of the policy document.
     * @param policy the policy
     * @param signingFields the {@code x-amz-*} fields that become equality conditions
     * @return the base64-encoded JSON document
     */
    static String base64(PostPolicy policy, Map<String, String> signingFields) {
        return Base64.getEncoder().encodeToString(json(policy, signingFields).getBytes(StandardCharsets.UTF_8));
    }

    private static String json(PostPolicy policy, Map<String, String> signingFields) {
        List<Object> conditions = new ArrayList<>();
        conditions.add(Map.of("bucket", policy.bucket()));
        for (PostPolicy.Condition condition : policy.conditions()) {
            conditions.add(condition.startsWith() ? List.of("starts-with", "$" + condition.field(), condition.value())
                    : Map.of(condition.field(), condition.value()));
        }
        PostPolicy.LengthRange range = policy.contentLengthRange();
        if (range != null) {
            conditions.add(List.of("content-length-range", range.min(), range.max()));
        }
        signingFields.forEach((field, value) -> conditions.add(Map.of(field, value)));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("expiration", formatExpiration(policy.expiration()));
        document.put("conditions", conditions);
        return JSON.writeValueAsString(document);
    }

    private static String formatExpiration(Instant expiration) {
        return EXPIRATION.format(expiration);
    }

}
