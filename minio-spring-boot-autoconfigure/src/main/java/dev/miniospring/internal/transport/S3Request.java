package dev.miniospring.internal.transport;

import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.HeaderFields;
import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.util.Assert;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One S3 API request before it is addressed and signed: method, bucket, key, query,
 * headers, body, and the statuses that answer it successfully.
 *
 * @since 0.1.0
 */
public final class S3Request {

    private final HttpMethod method;

    private final @Nullable String bucket;

    private final @Nullable String key;

    private final MultiValueMap<String, String> query;

    private final HttpHeaders headers;

    private final RequestPayload payload;

    private final @Nullable String region;

    private final Set<Integer> expectedStatuses;

    private final boolean objectData;

    private S3Request(Builder builder) {
        this.method = builder.method;
        this.bucket = builder.bucket;
        this.key = builder.key;
        this.query = CollectionUtils.unmodifiableMultiValueMap(new LinkedMultiValueMap<>(builder.query));
        this.headers = HttpHeaders.readOnlyHttpHeaders(builder.headers);
        this.payload = builder.payload;
        this.region = builder.region;
        this.expectedStatuses = Set.copyOf(builder.expectedStatuses);
        this.objectData = builder.objectData;
    }

    /**
     * Starts a request.
     * @param method the HTTP method
     * @return a builder
     */
    public static Builder builder(HttpMethod method) {
        return new Builder(method);
    }

    /**
     * Returns the HTTP method.
     * @return the method
     */
    public HttpMethod method() {
        return this.method;
    }

    /**
     * Returns the bucket.
     * @return the bucket, or {@code null} for service-level requests
     */
    public @Nullable String bucket() {
        return this.bucket;
    }

    /**
     * Returns the object key.
     * @return the key, or {@code null} for bucket- and service-level requests
     */
    public @Nullable String key() {
        return this.key;
    }

    /**
     * Returns the raw (not encoded) query parameters, in order; a name may repeat.
     * @return the read-only query parameters
     */
    public MultiValueMap<String, String> query() {
        return this.query;
    }

    /**
     * Returns the request headers.
     * @return the read-only headers
     */
    public HttpHeaders headers() {
        return this.headers;
    }

    /**
     * Returns the body.
     * @return the body; empty when the request has none
     */
    public RequestPayload payload() {
        return this.payload;
    }

    /**
     * Returns the region to sign with when it must not be resolved from the bucket.
     * @return the region override, or {@code null}
     */
    public @Nullable String region() {
        return this.region;
    }

    /**
     * Tells whether the body is object data (a single PUT or an uploaded part), counted
     * as uploaded bytes.
     * @return {@code true} for object data
     */
    public boolean objectData() {
        return this.objectData;
    }

    /**
     * Tells whether a status answers this request successfully: one of the expected
     * statuses, or any 2xx status when none were named. Anything else, 3xx included, is
     * an error.
     * @param status the status of the response
     * @return {@code true} when the response is to be read as a success
     */
    public boolean expects(HttpStatusCode status) {
        return this.expectedStatuses.isEmpty() ? status.is2xxSuccessful()
                : this.expectedStatuses.contains(status.value());
    }

    /**
     * Describes the statuses that answer this request successfully.
     * @return {@code 2xx}, or the expected statuses such as {@code [206]}
     */
    public String expectedStatuses() {
        return this.expectedStatuses.isEmpty() ? "2xx" : new TreeSet<>(this.expectedStatuses).toString();
    }

    @Override
    public String toString() {
        return this.method + " " + ((this.bucket != null) ? "/" + this.bucket : "")
                + ((this.key != null) ? "/" + this.key : "") + (this.query.isEmpty() ? "" : "?" + this.query.keySet());
    }

    /**
     * Builds an {@link S3Request}.
     */
    public static final class Builder {

        private final HttpMethod method;

        private @Nullable String bucket;

        private @Nullable String key;

        private final MultiValueMap<String, String> query = new LinkedMultiValueMap<>();

        private final HttpHeaders headers = new HttpHeaders();

        private RequestPayload payload = RequestPayload.empty();

        private @Nullable String region;

        private final Set<Integer> expectedStatuses = new TreeSet<>();

        private boolean objectData;

        private Builder(HttpMethod method) {
            Assert.notNull(method, "'method' must not be null");
            this.method = method;
        }

        /**
         * Sets the bucket.
         * @param bucket the bucket
         * @return this builder
         */
        public Builder bucket(@Nullable String bucket) {
            this.bucket = bucket;
            return this;
        }

        /**
         * Sets the object key.
         * @param key the key
         * @return this builder
         */
        public Builder key(@Nullable String key) {
            this.key = key;
            return this;
        }

        /**
         * Adds a query parameter; an empty value makes a bare name such as
         * {@code ?uploads}.
         * @param name the raw name
         * @param value the raw value
         * @return this builder
         */
        public Builder query(String name, String value) {
            this.query.set(name, value);
            return this;
        }

        /**
         * Adds a value to a query parameter that may repeat, such as
         * {@code events=a&events=b}.
         * @param name the raw name
         * @param value the raw value
         * @return this builder
         */
        public Builder addQuery(String name, String value) {
            this.query.add(name, value);
            return this;
        }

        /**
         * Sets a header.
         * @param name the name, an HTTP token
         * @param value the value, without CR, LF or other control characters
         * @return this builder
         * @throws IllegalArgumentException when the name or value cannot be sent as they
         * are
         */
        public Builder header(String name, String value) {
            Assert.notNull(name, "'name' must not be null");
            HeaderFields.validateName(name, "Header");
            HeaderFields.validateValue(value, "Header '" + name + "'");
            this.headers.set(name, value);
            return this;
        }

        /**
         * Sets the body.
         * @param payload the body
         * @return this builder
         */
        public Builder payload(RequestPayload payload) {
            this.payload = payload;
            return this;
        }

        /**
         * Marks the body as object data (a single PUT or an uploaded part), so that the
         * transport counts it as uploaded bytes once the server accepted it.
         * @param objectData whether the body is object data
         * @return this builder
         */
        public Builder objectData(boolean objectData) {
            this.objectData = objectData;
            return this;
        }

        /**
         * Applies the options of an operation.
         * @param decorator adds what the options ask for
         * @return this builder
         */
        public Builder apply(RequestDecorator decorator) {
            decorator.decorate(this);
            return this;
        }

        /**
         * Signs with this region instead of the one resolved for the bucket.
         * @param region the region
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Accepts only these statuses as success, instead of any 2xx status.
         * @param statuses the expected statuses, such as {@code 206} for a ranged read
         * @return this builder
         */
        public Builder expectStatus(int... statuses) {
            for (int status : statuses) {
                this.expectedStatuses.add(status);
            }
            return this;
        }

        /**
         * Builds the request.
         * @return the request
         */
        public S3Request build() {
            return new S3Request(this);
        }

    }

}
