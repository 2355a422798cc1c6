package dev.miniospring;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.bucket.Bucket;
import dev.miniospring.bucket.BucketNames;
import dev.miniospring.bucket.BucketOperations;
import dev.miniospring.http.AddressingStyle;
import dev.miniospring.object.CopyConditions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectKeys;
import dev.miniospring.object.ObjectOperations;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.object.UploadSettings;
import dev.miniospring.object.UserMetadata;
import dev.miniospring.http.S3Endpoint;
import dev.miniospring.http.S3Transport;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.S3RequestSigner;
import dev.miniospring.signing.SigningClientHttpRequestFactory;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * The central entry point to MinIO and S3-compatible object storage: every operation of the MinIO client API on a
 * {@link RestClient} whose requests are signed with AWS Signature Version 4.
 *
 * <p>Thread-safe. Spring Boot applications get one from the auto-configuration; others use {@link #builder()}.
 */
public class MinioTemplate implements MinioOperations {

    private static final long MAX_OBJECT_SIZE = 5L * 1024 * 1024 * 1024 * 1024;

    private final S3Endpoint endpoint;

    private final BucketOperations buckets;

    private final ObjectOperations objects;

    /**
     * Creates a template on a transport with the default upload settings; prefer {@link #builder()}.
     * @param transport the configured transport
     */
    public MinioTemplate(S3Transport transport) {
        this(transport, UploadSettings.defaults());
    }

    /**
     * Creates a template on a transport; prefer {@link #builder()}.
     * @param transport the configured transport
     * @param uploadSettings the part size and upload concurrency
     */
    public MinioTemplate(S3Transport transport, UploadSettings uploadSettings) {
        Assert.notNull(transport, "'transport' must not be null");
        Assert.notNull(uploadSettings, "'uploadSettings' must not be null");
        this.endpoint = transport.endpoint();
        this.buckets = new BucketOperations(transport);
        this.objects = new ObjectOperations(transport, uploadSettings);
    }

    /**
     * Starts building a template.
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the server this template talks to.
     * @return the endpoint
     */
    public S3Endpoint endpoint() {
        return this.endpoint;
    }

    @Override
    public void makeBucket(String bucket) {
        makeBucket(bucket, "us-east-1");
    }

    @Override
    public void makeBucket(String bucket, String location) {
        BucketNames.validate(bucket);
        Assert.hasText(location, "'location' must not be empty");
        this.buckets.makeBucket(bucket, location);
    }

    @Override
    public List<Bucket> listBuckets() {
        return this.buckets.listBuckets();
    }

    @Override
    public boolean bucketExists(String bucket) {
        BucketNames.validate(bucket);
        return this.buckets.bucketExists(bucket);
    }

    @Override
    public void removeBucket(String bucket) {
        BucketNames.validate(bucket);
        this.buckets.removeBucket(bucket);
    }

    @Override
    public ObjectWriteResponse putObject(String bucket, String key, InputStream data, long length) {
        return putObject(bucket, key, data, length, null, null);
    }

    @Override
    public ObjectWriteResponse putObject(String bucket, String key, InputStream data, long length,
            @Nullable String contentType, @Nullable Map<String, String> metadata) {
        validate(bucket, key);
        Assert.notNull(data, "'data' must not be null");
        Assert.isTrue(length >= -1 && length <= MAX_OBJECT_SIZE,
                () -> "'length' must be -1 (unknown) or 0 to 5 TiB (is " + length + ")");
        return this.objects.putObject(bucket, key, data, length, contentType(contentType), metadata(metadata));
    }

    @Override
    public ObjectWriteResponse fputObject(String bucket, String key, Path file) {
        return fputObject(bucket, key, file, null, null);
    }

    @Override
    public ObjectWriteResponse fputObject(String bucket, String key, Path file, @Nullable String contentType,
            @Nullable Map<String, String> metadata) {
        validate(bucket, key);
        Assert.notNull(file, "'file' must not be null");
        Assert.isTrue(Files.isRegularFile(file), () -> "'file' " + file + " is not a readable regular file");
        return this.objects.fputObject(bucket, key, file, contentType, metadata(metadata));
    }

    @Override
    public GetObjectResponse getObject(String bucket, String key) {
        return getObject(bucket, key, Map.of());
    }

    @Override
    public GetObjectResponse getObject(String bucket, String key, Map<String, String> requestHeaders) {
        validate(bucket, key);
        Assert.notNull(requestHeaders, "'requestHeaders' must not be null");
        return this.objects.getObject(bucket, key, null, requestHeaders);
    }

    @Override
    public GetObjectResponse getPartialObject(String bucket, String key, long offset) {
        return getPartialObject(bucket, key, offset, 0);
    }

    @Override
    public GetObjectResponse getPartialObject(String bucket, String key, long offset, long length) {
        validate(bucket, key);
        Assert.isTrue(offset >= 0, () -> "'offset' must not be negative (is " + offset + ")");
        Assert.isTrue(length >= 0, () -> "'length' must not be negative (is " + length + ")");
        String range = "bytes=" + offset + "-" + ((length > 0) ? Long.toString(offset + length - 1) : "");
        return this.objects.getObject(bucket, key, range, Map.of());
    }

    @Override
    public StatObjectResponse fgetObject(String bucket, String key, Path file) {
        validate(bucket, key);
        Assert.notNull(file, "'file' must not be null");
        return this.objects.fgetObject(bucket, key, file);
    }

    @Override
    public StatObjectResponse statObject(String bucket, String key) {
        validate(bucket, key);
        return this.objects.statObject(bucket, key);
    }

    @Override
    public ObjectWriteResponse copyObject(String bucket, String key, String source) {
        return copyObject(bucket, key, source, null, null);
    }

    @Override
    public ObjectWriteResponse copyObject(String bucket, String key, String source,
            @Nullable CopyConditions conditions, @Nullable Map<String, String> metadata) {
        validate(bucket, key);
        CopySource copySource = CopySource.parse(source);
        return this.objects.copyObject(bucket, key, copySource, (conditions != null) ? conditions : CopyConditions.none(),
                (metadata != null) ? metadata(metadata) : null);
    }

    @Override
    public void removeObject(String bucket, String key) {
        validate(bucket, key);
        this.objects.removeObject(bucket, key);
    }

    @Override
    public boolean objectExists(String bucket, String key) {
        validate(bucket, key);
        return this.objects.objectExists(bucket, key);
    }

    private static void validate(String bucket, String key) {
        BucketNames.validate(bucket);
        ObjectKeys.validate(key);
    }

    private static String contentType(@Nullable String contentType) {
        Assert.isTrue(contentType == null || !contentType.isBlank(), "'contentType' must not be blank");
        return (contentType != null) ? contentType : "application/octet-stream";
    }

    private static Map<String, String> metadata(@Nullable Map<String, String> metadata) {
        Map<String, String> copy = (metadata != null) ? new LinkedHashMap<>(metadata) : Map.of();
        UserMetadata.validate(copy);
        return copy;
    }

    @Override
    public String toString() {
        return "MinioTemplate[" + this.endpoint + "]";
    }

    /**
     * Builds a {@link MinioTemplate} outside of (or on top of) Spring Boot's auto-configuration.
     */
    public static final class Builder {

        private @Nullable String endpoint;

        private @Nullable MinioCredentials credentials;

        private @Nullable String region;

        private AddressingStyle addressingStyle = AddressingStyle.AUTO;

        private RestClient.@Nullable Builder restClientBuilder;

        private @Nullable ClientHttpRequestFactory requestFactory;

        private @Nullable S3RequestSigner signer;

        private long partSize = UploadSettings.DEFAULT_PART_SIZE;

        private int uploadConcurrency = UploadSettings.DEFAULT_CONCURRENCY;

        private Builder() {
        }

        /**
         * Sets the part size of multipart uploads, 5 MiB to 5 GiB (default 16 MiB); objects up to this size are
         * uploaded in one PUT. An upload holds at most part size × (upload concurrency + 1) bytes in memory.
         * @param partSize the part size in bytes
         * @return this builder
         */
        public Builder partSize(long partSize) {
            this.partSize = partSize;
            return this;
        }

        /**
         * Sets how many parts of one multipart upload are sent in parallel (default 4).
         * @param uploadConcurrency the number of parallel part uploads, at least 1
         * @return this builder
         */
        public Builder uploadConcurrency(int uploadConcurrency) {
            this.uploadConcurrency = uploadConcurrency;
            return this;
        }

        /**
         * Sets the server URL, such as {@code http://localhost:9000}; its scheme decides TLS.
         * @param endpoint the URL
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets the credentials; without them requests are anonymous (unsigned).
         * @param accessKey the access key
         * @param secretKey the secret key
         * @return this builder
         */
        public Builder credentials(String accessKey, String secretKey) {
            this.credentials = new MinioCredentials(accessKey, secretKey);
            return this;
        }

        /**
         * Sets the credentials; {@code null} means anonymous (unsigned) requests.
         * @param credentials the credentials
         * @return this builder
         */
        public Builder credentials(@Nullable MinioCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets the region used for every request; without it the region of each bucket is discovered once.
         * @param region the region
         * @return this builder
         */
        public Builder region(@Nullable String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets how buckets are addressed (default {@link AddressingStyle#AUTO}).
         * @param addressingStyle the addressing style
         * @return this builder
         */
        public Builder addressingStyle(AddressingStyle addressingStyle) {
            this.addressingStyle = addressingStyle;
            return this;
        }

        /**
         * Sets the {@link RestClient.Builder} to start from (for observations, default headers, ...). Its request
         * factory is replaced and its interceptors are cleared. Prefer a builder that never had interceptors: once a
         * {@code RestClient.Builder} has held one, Spring buffers every request body in memory, even after clearing.
         * @param restClientBuilder the builder
         * @return this builder
         */
        public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
            this.restClientBuilder = restClientBuilder;
            return this;
        }

        /**
         * Sets the HTTP client (default: the JDK {@code HttpClient}); it is wrapped to sign requests.
         * @param requestFactory the request factory
         * @return this builder
         */
        public Builder requestFactory(ClientHttpRequestFactory requestFactory) {
            this.requestFactory = requestFactory;
            return this;
        }

        /**
         * Sets the request signer (default: {@link AwsV4RequestSigner}).
         * @param signer the signer
         * @return this builder
         */
        public Builder signer(S3RequestSigner signer) {
            this.signer = signer;
            return this;
        }

        /**
         * Builds the template. Performs no network I/O.
         * @return the template
         * @throws IllegalArgumentException when the endpoint is missing or invalid, or the upload settings are out of
         * range
         */
        public MinioTemplate build() {
            Assert.hasText(this.endpoint, "'endpoint' must not be empty");
            UploadSettings uploadSettings = new UploadSettings(this.partSize, this.uploadConcurrency);
            S3Endpoint s3Endpoint = S3Endpoint.of(this.endpoint, this.addressingStyle);
            RestClient restClient = withoutInterceptors(restClientBuilder()).requestFactory(signingRequestFactory())
                .build();
            String fixedRegion = (this.region != null || this.credentials != null) ? this.region : "us-east-1";
            return new MinioTemplate(new S3Transport(restClient, s3Endpoint, fixedRegion), uploadSettings);
        }

        private static RestClient.Builder withoutInterceptors(RestClient.Builder builder) {
            boolean[] hasInterceptors = new boolean[1];
            builder.clone().requestInterceptors((interceptors) -> hasInterceptors[0] = !interceptors.isEmpty());
            return hasInterceptors[0] ? builder.requestInterceptors(List::clear) : builder;
        }

        private RestClient.Builder restClientBuilder() {
            return (this.restClientBuilder != null) ? this.restClientBuilder : RestClient.builder();
        }

        private ClientHttpRequestFactory signingRequestFactory() {
            ClientHttpRequestFactory factory = (this.requestFactory != null) ? this.requestFactory
                    : new JdkClientHttpRequestFactory();
            if (this.credentials == null) {
                return factory;
            }
            S3RequestSigner requestSigner = (this.signer != null) ? this.signer : new AwsV4RequestSigner();
            return new SigningClientHttpRequestFactory(factory, requestSigner, this.credentials);
        }

    }

}
