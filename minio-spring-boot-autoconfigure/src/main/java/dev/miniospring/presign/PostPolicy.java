package dev.miniospring.presign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The conditions a browser POST upload must meet: bucket, key (exact or prefix), content
 * type, size range, expiration and any further form-field conditions. Immutable; create
 * one with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class PostPolicy {

    private final String bucket;

    private final Instant expiration;

    private final List<Condition> conditions;

    private final @Nullable LengthRange contentLengthRange;

    private PostPolicy(Builder builder, String bucket, Instant expiration, Condition keyCondition) {
        this.bucket = bucket;
        this.expiration = expiration;
        List<Condition> all = new ArrayList<>();
        all.add(keyCondition);
        if (builder.contentType != null) {
            all.add(builder.contentType);
        }
        all.addAll(builder.conditions.values());
        this.conditions = List.copyOf(all);
        this.contentLengthRange = builder.contentLengthRange;
    }

    /**
     * Starts a policy.
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the bucket uploads go to.
     * @return the bucket
     */
    public String bucket() {
        return this.bucket;
    }

    /**
     * Returns the instant after which the server refuses uploads with this policy.
     * @return the expiration
     */
    public Instant expiration() {
        return this.expiration;
    }

    /**
     * Returns the form-field conditions, in the order they were added.
     * @return the conditions
     */
    public List<Condition> conditions() {
        return this.conditions;
    }

    /**
     * Returns the allowed size of the uploaded file.
     * @return the size range, or {@code null} when any size is allowed
     */
    public @Nullable LengthRange contentLengthRange() {
        return this.contentLengthRange;
    }

    /**
     * Returns the fields whose value the policy fixes, which the form must carry as they
     * are.
     * @return the field names and values, in order
     */
    public Map<String, String> equalityFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        this.conditions.stream()
            .filter((condition) -> !condition.startsWith())
            .forEach((condition) -> fields.put(condition.field(), condition.value()));
        return fields;
    }

    @Override
    public String toString() {
        return "PostPolicy[bucket=" + this.bucket + ", expiration=" + this.expiration + ", conditions="
                + this.conditions + ", contentLengthRange=" + this.contentLengthRange + "]";
    }

    /**
     * A form-field condition: the field equals, or starts with, a value.
     *
     * @param field the form field name
     * @param value the exact value, or the prefix
     * @param startsWith whether {@code value} is a prefix
     */
    public record Condition(String field, String value, boolean startsWith) {

    }

    /**
     * The allowed size of the uploaded file, in bytes, both ends included.
     *
     * @param min the smallest size
     * @param max the largest size
     */
    public record LengthRange(long min, long max) {

    }

    /**
     * Builds a {@link PostPolicy}; bucket, expiration and a key condition are required.
     */
    public static final class Builder {

        private static final Set<String> RESERVED_FIELDS = Set.of("bucket", "key", "content-type", "policy", "file",
                "x-amz-algorithm", "x-amz-credential", "x-amz-date", "x-amz-signature");

        private @Nullable String bucket;

        private @Nullable Instant expiration;

        private @Nullable Condition key;

        private @Nullable Condition contentType;

        private @Nullable LengthRange contentLengthRange;

        private final Map<String, Condition> conditions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the bucket uploads go to.
         * @param bucket the bucket name
         * @return this builder
         */
        public Builder bucket(String bucket) {
            Assert.hasText(bucket, "'bucket' must not be empty");
            this.bucket = bucket;
            return this;
        }

        /**
         * Sets the instant after which uploads are refused.
         * @param expiration the expiration
         * @return this builder
         */
        public Builder expiration(Instant expiration) {
            Assert.notNull(expiration, "'expiration' must not be null");
            this.expiration = expiration;
            return this;
        }

        /**
         * Allows exactly one object key; the {@code key} form field is then part of the
         * signed form.
         * @param key the object key
         * @return this builder
         */
        public Builder key(String key) {
            Assert.hasText(key, "'key' must not be empty");
            this.key = new Condition("key", key, false);
            return this;
        }

        /**
         * Allows any object key starting with a prefix; the uploader sends the
         * {@code key} field.
         * @param prefix the key prefix; empty allows any key
         * @return this builder
         */
        public Builder keyStartsWith(String prefix) {
            Assert.notNull(prefix, "'prefix' must not be null");
            this.key = new Condition("key", prefix, true);
            return this;
        }

        /**
         * Requires an exact content type, sent as the {@code Content-Type} form field.
         * @param contentType the content type, such as {@code image/png}
         * @return this builder
         */
        public Builder contentType(String contentType) {
            Assert.hasText(contentType, "'contentType' must not be empty");
            this.contentType = new Condition("Content-Type", contentType, false);
            return this;
        }

        /**
         * Requires a content type starting with a prefix, such as {@code image/}.
         * @param prefix the content type prefix
         * @return this builder
         */
        public Builder contentTypeStartsWith(String prefix) {
            Assert.notNull(prefix, "'prefix' must not be null");
            this.contentType = new Condition("Content-Type", prefix, true);
            return this;
        }

        /**
         * Limits the size of the uploaded file.
         * @param min the smallest allowed size in bytes
         * @param max the largest allowed size in bytes
         * @return this builder
         */
        public Builder contentLengthRange(long min, long max) {
            Assert.isTrue(min >= 0, "'min' must not be negative");
            Assert.isTrue(max >= min, "'max' must not be less than 'min'");
            this.contentLengthRange = new LengthRange(min, max);
            return this;
        }

        /**
         * Requires a form field to have an exact value, such as
         * {@code success_action_status} = {@code 201} or {@code x-amz-meta-owner} =
         * {@code alice}; the field is part of the signed form.
         * @param field the form field name
         * @param value the value
         * @return this builder
         */
        public Builder condition(String field, String value) {
            Assert.notNull(value, "'value' must not be null");
            this.conditions.put(checkField(field), new Condition(field, value, false));
            return this;
        }

        /**
         * Requires a form field to start with a prefix; the uploader sends the field.
         * @param field the form field name, such as {@code x-amz-meta-tag}
         * @param prefix the prefix; empty allows any value
         * @return this builder
         */
        public Builder startsWith(String field, String prefix) {
            Assert.notNull(prefix, "'prefix' must not be null");
            this.conditions.put(checkField(field), new Condition(field, prefix, true));
            return this;
        }

        private static String checkField(String field) {
            Assert.hasText(field, "'field' must not be empty");
            String name = field.toLowerCase(Locale.ROOT);
            Assert.isTrue(!name.startsWith("$"), () -> "'field' must be given without '$': " + field);
            Assert.isTrue(!RESERVED_FIELDS.contains(name), () -> "'field' must not be '" + field
                    + "': bucket, key and content type have their own methods, signature fields are set when signing");
            return name;
        }

        /**
         * Builds the policy.
         * @return the policy
         * @throws IllegalArgumentException when the bucket, the expiration or the key
         * condition is missing
         */
        public PostPolicy build() {
            Assert.isTrue(this.bucket != null, "'bucket' must be set on the post policy");
            Assert.isTrue(this.expiration != null, "'expiration' must be set on the post policy");
            Assert.isTrue(this.key != null, "The post policy is empty: set its 'key' with key(...), "
                    + "or a key prefix with keyStartsWith(...) (an empty prefix allows any key)");
            return new PostPolicy(this, this.bucket, this.expiration, this.key);
        }

    }

}
