package dev.miniospring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.bucket.Bucket;
import dev.miniospring.bucket.BucketNames;
import dev.miniospring.bucket.BucketOperations;
import dev.miniospring.http.AddressingStyle;
import dev.miniospring.http.S3Endpoint;
import dev.miniospring.http.S3Transport;
import dev.miniospring.notification.BucketNotifications;
import dev.miniospring.notification.ListenSettings;
import dev.miniospring.notification.NotificationConfiguration;
import dev.miniospring.notification.NotificationRecord;
import dev.miniospring.notification.NotificationStream;
import dev.miniospring.notification.NotificationSubscription;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.IncompleteUploads;
import dev.miniospring.object.Item;
import dev.miniospring.object.ListObjectsPage;
import dev.miniospring.object.ListObjectsRequest;
import dev.miniospring.object.ObjectListing;
import dev.miniospring.object.ObjectRemoval;
import dev.miniospring.object.Upload;
import dev.miniospring.policy.BucketPolicies;
import dev.miniospring.policy.Policy;
import dev.miniospring.presign.PostPolicy;
import dev.miniospring.presign.PresignedPostForm;
import dev.miniospring.presign.Presigner;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.S3RequestSigner;
import dev.miniospring.signing.SigningClientHttpRequestFactory;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * The central entry point to MinIO and S3-compatible object storage: every operation of the MinIO client API on a
 * {@link RestClient} whose requests are signed with AWS Signature Version 4.
 *
 * <p>Thread-safe. Spring Boot applications get one from the auto-configuration; others use {@link #builder()}.
 */
public class MinioTemplate implements MinioOperations {

    private final S3Endpoint endpoint;

    private final BucketOperations buckets;

    private final ObjectListing listing;

    private final ObjectRemoval removal;

    private final IncompleteUploads incompleteUploads;

    private final @Nullable Presigner presigner;

    private final BucketPolicies policies;

    private final BucketNotifications notifications;

    /**
     * Creates a template on a transport, without presigning; prefer {@link #builder()}.
     * @param transport the configured transport
     */
    public MinioTemplate(S3Transport transport) {
        this(transport, null);
    }

    /**
     * Creates a template on a transport; prefer {@link #builder()}.
     * @param transport the configured transport
     * @param presigner the presigner, or {@code null} when the template has no credentials
     */
    public MinioTemplate(S3Transport transport, @Nullable Presigner presigner) {
        this(transport, presigner, ListenSettings.DEFAULTS);
    }

    /**
     * Creates a template on a transport with listen settings; prefer {@link #builder()}.
     * @param transport the configured transport
     * @param presigner the presigner, or {@code null} when the template has no credentials
     * @param listenSettings how {@code listenBucketNotification} keeps its connection
     */
    public MinioTemplate(S3Transport transport, @Nullable Presigner presigner, ListenSettings listenSettings) {
        Assert.notNull(transport, "'transport' must not be null");
        Assert.notNull(listenSettings, "'listenSettings' must not be null");
        this.endpoint = transport.endpoint();
        this.buckets = new BucketOperations(transport);
        this.listing = new ObjectListing(transport);
        this.removal = new ObjectRemoval(transport);
        this.incompleteUploads = new IncompleteUploads(transport);
        this.presigner = presigner;
        this.policies = new BucketPolicies(transport);
        this.notifications = new BucketNotifications(transport, listenSettings);
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
    public Stream<Item> listObjects(String bucket, @Nullable String prefix, boolean recursive) {
        BucketNames.validate(bucket);
        return this.listing.listObjects(bucket, ListObjectsRequest.of(prefix, recursive));
    }

    @Override
    public Stream<Item> listObjectsV2(String bucket, @Nullable String prefix, boolean recursive) {
        BucketNames.validate(bucket);
        return this.listing.listObjectsV2(bucket, ListObjectsRequest.of(prefix, recursive));
    }

    @Override
    public ListObjectsPage listObjectsPage(String bucket, ListObjectsRequest request) {
        BucketNames.validate(bucket);
        Assert.notNull(request, "'request' must not be null");
        return this.listing.listObjectsPage(bucket, request);
    }

    @Override
    public ListObjectsPage listObjectsV2Page(String bucket, ListObjectsRequest request) {
        BucketNames.validate(bucket);
        Assert.notNull(request, "'request' must not be null");
        return this.listing.listObjectsV2Page(bucket, request);
    }

    @Override
    public Stream<DeleteError> removeObjects(String bucket, Iterable<String> keys) {
        BucketNames.validate(bucket);
        Assert.notNull(keys, "'keys' must not be null");
        return this.removal.removeObjects(bucket, keys);
    }

    @Override
    public Stream<Upload> listIncompleteUploads(String bucket, @Nullable String prefix, boolean recursive) {
        BucketNames.validate(bucket);
        return this.incompleteUploads.listIncompleteUploads(bucket, prefix, recursive);
    }

    @Override
    public void removeIncompleteUpload(String bucket, String key) {
        BucketNames.validate(bucket);
        Assert.hasLength(key, "'key' must not be empty");
        this.incompleteUploads.removeIncompleteUpload(bucket, key);
    }

    @Override
    public String presignedGetObject(String bucket, String key) {
        return presignedGetObject(bucket, key, Presigner.MAX_EXPIRY, Map.of());
    }

    @Override
    public String presignedGetObject(String bucket, String key, Duration expiry) {
        return presignedGetObject(bucket, key, expiry, Map.of());
    }

    @Override
    public String presignedGetObject(String bucket, String key, Duration expiry, Map<String, String> responseHeaders) {
        BucketNames.validate(bucket);
        Assert.hasText(key, "'key' must not be empty");
        return presigner().presignedGetObject(bucket, key, expiry, responseHeaders);
    }

    @Override
    public String presignedPutObject(String bucket, String key) {
        return presignedPutObject(bucket, key, Presigner.MAX_EXPIRY);
    }

    @Override
    public String presignedPutObject(String bucket, String key, Duration expiry) {
        BucketNames.validate(bucket);
        Assert.hasText(key, "'key' must not be empty");
        return presigner().presignedPutObject(bucket, key, expiry);
    }

    @Override
    public PresignedPostForm presignedPostPolicy(PostPolicy policy) {
        Assert.notNull(policy, "'policy' must not be null");
        BucketNames.validate(policy.bucket());
        return presigner().presignedPostPolicy(policy);
    }

    private Presigner presigner() {
        Assert.state(this.presigner != null,
                "Presigning needs credentials: this MinioTemplate has no access key and secret key");
        return this.presigner;
    }

    @Override
    public Policy getBucketPolicy(String bucket, @Nullable String prefix) {
        BucketNames.validate(bucket);
        return this.policies.getBucketPolicy(bucket, policyPrefix(prefix));
    }

    @Override
    public void setBucketPolicy(String bucket, @Nullable String prefix, Policy policy) {
        BucketNames.validate(bucket);
        Assert.notNull(policy, "'policy' must not be null");
        this.policies.setBucketPolicy(bucket, policyPrefix(prefix), policy);
    }

    private static String policyPrefix(@Nullable String prefix) {
        Assert.isTrue(prefix == null || prefix.indexOf('*') < 0,
                "'prefix' must not contain '*', a wildcard in policy resources");
        return (prefix != null) ? prefix : "";
    }

    @Override
    public String getBucketPolicyJson(String bucket) {
        BucketNames.validate(bucket);
        return this.policies.getBucketPolicyJson(bucket);
    }

    @Override
    public void setBucketPolicyJson(String bucket, String policy) {
        BucketNames.validate(bucket);
        BucketPolicies.validate(policy);
        this.policies.setBucketPolicyJson(bucket, policy);
    }

    @Override
    public void deleteBucketPolicy(String bucket) {
        BucketNames.validate(bucket);
        this.policies.deleteBucketPolicy(bucket);
    }

    @Override
    public NotificationConfiguration getBucketNotification(String bucket) {
        BucketNames.validate(bucket);
        return this.notifications.getBucketNotification(bucket);
    }

    @Override
    public void setBucketNotification(String bucket, NotificationConfiguration notification) {
        BucketNames.validate(bucket);
        BucketNotifications.validate(notification);
        this.notifications.setBucketNotification(bucket, notification);
    }

    @Override
    public void removeAllBucketNotification(String bucket) {
        BucketNames.validate(bucket);
        this.notifications.setBucketNotification(bucket, NotificationConfiguration.empty());
    }

    @Override
    public NotificationStream listenBucketNotification(String bucket, @Nullable String prefix,
            @Nullable String suffix, List<String> events) {
        BucketNames.validate(bucket);
        BucketNotifications.validateEvents(events, "");
        return this.notifications.listen(bucket, prefix, suffix, events);
    }

    @Override
    public NotificationSubscription listenBucketNotification(String bucket, @Nullable String prefix,
            @Nullable String suffix, List<String> events, Consumer<NotificationRecord> listener) {
        BucketNames.validate(bucket);
        BucketNotifications.validateEvents(events, "");
        Assert.notNull(listener, "'listener' must not be null");
        return this.notifications.listen(bucket, prefix, suffix, events, listener);
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

        private @Nullable String publicEndpoint;

        private @Nullable MinioCredentials credentials;

        private @Nullable String region;

        private AddressingStyle addressingStyle = AddressingStyle.AUTO;

        private RestClient.@Nullable Builder restClientBuilder;

        private @Nullable ClientHttpRequestFactory requestFactory;

        private @Nullable S3RequestSigner signer;

        private ListenSettings listenSettings = ListenSettings.DEFAULTS;

        private Builder() {
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
         * Sets the URL that presigned URLs and POST forms point to, such as {@code https://files.example.com}, when
         * their users reach the server at another address than this application does; requests of the template
         * itself still go to the {@link #endpoint(String) endpoint}. Default: the endpoint.
         * @param publicEndpoint the public URL, or {@code null} for the endpoint
         * @return this builder
         */
        public Builder publicEndpoint(@Nullable String publicEndpoint) {
            this.publicEndpoint = publicEndpoint;
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
         * Sets the {@link RestClient.Builder} to start from (for observations, default headers, ...). Its
         * interceptors are cleared, as they would buffer request bodies, and its request factory is replaced.
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
         * Sets how {@code listenBucketNotification} keeps its connection (default {@link ListenSettings#DEFAULTS}).
         * @param listenSettings the ping interval and reconnection backoff
         * @return this builder
         */
        public Builder listenSettings(ListenSettings listenSettings) {
            this.listenSettings = listenSettings;
            return this;
        }

        /**
         * Builds the template. Performs no network I/O.
         * @return the template
         * @throws IllegalArgumentException when the endpoint or the public endpoint is invalid
         */
        public MinioTemplate build() {
            Assert.hasText(this.endpoint, "'endpoint' must not be empty");
            S3Endpoint s3Endpoint = S3Endpoint.of(this.endpoint, this.addressingStyle);
            S3RequestSigner requestSigner = (this.signer != null) ? this.signer : new AwsV4RequestSigner();
            RestClient restClient = restClientBuilder().requestInterceptors(List::clear)
                .requestFactory(signingRequestFactory(requestSigner))
                .build();
            String fixedRegion = (this.region != null || this.credentials != null) ? this.region : "us-east-1";
            S3Transport transport = new S3Transport(restClient, s3Endpoint, fixedRegion);
            S3Endpoint presignEndpoint = presignEndpoint(s3Endpoint);
            Presigner presigner = (this.credentials != null) ? new Presigner(requestSigner, this.credentials,
                    presignEndpoint, transport::regionOf, Clock.systemUTC()) : null;
            return new MinioTemplate(transport, presigner, this.listenSettings);
        }

        private S3Endpoint presignEndpoint(S3Endpoint s3Endpoint) {
            if (!StringUtils.hasText(this.publicEndpoint)) {
                return s3Endpoint;
            }
            try {
                return S3Endpoint.of(this.publicEndpoint, this.addressingStyle);
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("Invalid 'publicEndpoint': " + ex.getMessage(), ex);
            }
        }

        private RestClient.Builder restClientBuilder() {
            return (this.restClientBuilder != null) ? this.restClientBuilder : RestClient.builder();
        }

        private ClientHttpRequestFactory signingRequestFactory(S3RequestSigner requestSigner) {
            ClientHttpRequestFactory factory = (this.requestFactory != null) ? this.requestFactory
                    : new JdkClientHttpRequestFactory();
            if (this.credentials == null) {
                return factory;
            }
            return new SigningClientHttpRequestFactory(factory, requestSigner, this.credentials);
        }

    }

}
