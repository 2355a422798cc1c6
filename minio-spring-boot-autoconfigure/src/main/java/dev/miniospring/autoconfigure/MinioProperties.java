package dev.miniospring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.AddressingStyle;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.object.ChecksumAlgorithm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for MinIO and S3-compatible object storage.
 *
 * @param endpoint URL of the S3 server, such as 'http://localhost:9000' or
 * 'https://play.min.io'. The scheme decides TLS; a host without scheme is rejected.
 * @param publicEndpoint URL that presigned URLs and POST forms point to, such as
 * 'https://files.example.com', when browsers reach the server at another address than the
 * application (which keeps using 'endpoint'). Signatures are computed for this host.
 * Defaults to 'endpoint'.
 * @param accessKey Access key (user name). Leave both keys empty for anonymous access.
 * @param secretKey Secret key (password). Leave both keys empty for anonymous access.
 * @param region Region used to sign every request. When empty, each bucket's region is
 * discovered once with GetBucketLocation and cached.
 * @param addressingStyle How buckets appear in URLs: 'auto' (virtual-host style for AWS
 * hosts, path style elsewhere), 'path' or 'virtual-host'.
 * @param connectTimeout Connect timeout of the HTTP client. Defaults to
 * 'spring.http.clients.connect-timeout', else 10s.
 * @param readTimeout Read timeout of the HTTP client: the longest wait for the next bytes
 * of a response. Defaults to 'spring.http.clients.read-timeout', else 30s (none for the
 * JDK client, where Spring applies it to whole exchanges).
 * @param maxConnections Size of each connection pool of Apache HttpClient 5: one for
 * uploads, one for all other requests.
 * @param connectionAcquisitionTimeout Longest wait for a free pooled connection of Apache
 * HttpClient 5.
 * @param partSize Part size of multipart uploads, 5MB to 2047MB (parts are buffered in
 * memory). Objects up to this size are uploaded in one PUT. An upload holds at most
 * part-size x (upload-concurrency + 1) bytes in memory.
 * @param uploadConcurrency Number of parts of one multipart upload sent in parallel.
 * @param payloadSigning How upload bodies are protected: 'auto' (the default: 'checksum'
 * for https:// endpoints, where TLS already protects the bytes in transit as the AWS SDK
 * assumes, and 'signed' for http://), 'signed' (their SHA-256 is part of the signature)
 * or 'checksum' (sent unsigned with a CRC32C checksum header the server verifies; faster
 * for large uploads).
 * @param retry Retries of transient failures (throttling, server errors, I/O errors).
 * @param enabled Whether to auto-configure a MinioTemplate.
 * @param sessionToken Session token of temporary credentials (STS), sent as
 * X-Amz-Security-Token with the access key and secret key.
 * @param credentials Credentials that rotate: read from files or taken from the AWS SDK
 * instead of the fixed keys.
 * @param ssl TLS of this client only.
 * @param proxy HTTP proxy of this client only.
 * @param allowCustomerKeysOverHttp Whether SSE-C customer keys may be sent to a plain
 * http:// endpoint, where they travel in clear; otherwise such operations are refused
 * before sending.
 * @param download Downloads into files (fgetObject, downloadObject) in parallel byte
 * ranges.
 * @param checksumAlgorithm Checksum sent with every upload that does not choose one,
 * verified and stored by the server: 'crc32c', 'crc32', 'sha1' or 'sha256'. When empty:
 * none with signed payloads, CRC32C with 'checksum' payloads.
 * @since 0.1.0
 */
@ConfigurationProperties("minio")
public record MinioProperties(@Nullable String endpoint, @Nullable String publicEndpoint, @Nullable String accessKey,
        @Nullable String secretKey, @Nullable String region, @DefaultValue("auto") AddressingStyle addressingStyle,
        @Nullable Duration connectTimeout, @Nullable Duration readTimeout, @DefaultValue("64") int maxConnections,
        @DefaultValue("10s") Duration connectionAcquisitionTimeout, @DefaultValue("16MB") DataSize partSize,
        @DefaultValue("4") int uploadConcurrency, @DefaultValue("auto") PayloadSigning payloadSigning,
        @DefaultValue Retry retry, @DefaultValue("true") boolean enabled, @Nullable String sessionToken,
        @DefaultValue Credentials credentials, @DefaultValue Ssl ssl, @DefaultValue Proxy proxy,
        @DefaultValue("false") boolean allowCustomerKeysOverHttp, @DefaultValue Download download,
        @Nullable ChecksumAlgorithm checksumAlgorithm) {

    @Override
    public String toString() {
        return "MinioProperties[endpoint=" + this.endpoint + ", publicEndpoint=" + this.publicEndpoint + ", accessKey="
                + this.accessKey + ", secretKey=" + ((this.secretKey != null) ? "******" : null) + ", region="
                + this.region + ", addressingStyle=" + this.addressingStyle + ", connectTimeout=" + this.connectTimeout
                + ", readTimeout=" + this.readTimeout + ", maxConnections=" + this.maxConnections
                + ", connectionAcquisitionTimeout=" + this.connectionAcquisitionTimeout + ", partSize=" + this.partSize
                + ", uploadConcurrency=" + this.uploadConcurrency + ", payloadSigning=" + this.payloadSigning
                + ", retry=" + this.retry + ", enabled=" + this.enabled + ", sessionToken="
                + ((this.sessionToken != null) ? "******" : null) + ", credentials=" + this.credentials + ", ssl="
                + this.ssl + ", proxy=" + this.proxy + ", allowCustomerKeysOverHttp=" + this.allowCustomerKeysOverHttp
                + ", download=" + this.download + ", checksumAlgorithm=" + this.checksumAlgorithm + "]";
    }

    /**
     * Retries of transient failures: exponential backoff with full jitter, or the
     * server's Retry-After.
     *
     * @param maxAttempts Number of attempts of a request, including the first; 1 disables
     * retries.
     * @param baseDelay Longest delay before the first retry; it doubles with each further
     * retry.
     * @param maxDelay Longest delay between two attempts, also the cap on a server's
     * Retry-After.
     * @param apiCallTimeout Time after the first attempt of a request within which a
     * retry must be able to finish (judging by the attempt that failed); no retry is made
     * beyond it.
     * @param budget Retry budget shared by all requests of the template (AWS SDK v2
     * standard mode).
     */
    public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("100ms") Duration baseDelay,
            @DefaultValue("20s") Duration maxDelay, @DefaultValue("2m") Duration apiCallTimeout,
            @DefaultValue Budget budget) {

    }

    /**
     * Retry budget: a token bucket that retries draw from and successes refill, so that a
     * struggling server is not hammered with retries. A request that succeeds gives back
     * what its last retry took, or 1 token.
     *
     * @param capacity Tokens of a full bucket, which it starts with.
     * @param retryCost Tokens a retry takes; 0 turns the budget off.
     * @param timeoutRetryCost Tokens a retry after a timeout takes.
     */
    public record Budget(@DefaultValue("500") int capacity, @DefaultValue("5") int retryCost,
            @DefaultValue("10") int timeoutRetryCost) {

    }

    /**
     * Credentials that rotate, used instead of the fixed access key and secret key.
     *
     * @param files Files holding the keys, one value per file (a Kubernetes secret
     * mounted as a volume), read again every refresh-interval.
     * @param refreshInterval How long keys read from files are used before the files are
     * read again.
     * @param awsSdk Whether to take the credentials from the AWS SDK: the application's
     * AwsCredentialsProvider bean, else the SDK's default chain (environment, profiles,
     * web identity/IRSA, container and instance roles). Needs software.amazon.awssdk:auth
     * on the classpath.
     */
    public record Credentials(@DefaultValue Files files, @DefaultValue("1m") Duration refreshInterval,
            @DefaultValue("false") boolean awsSdk) {

    }

    /**
     * Files holding the keys.
     *
     * @param accessKey File holding the access key.
     * @param secretKey File holding the secret key.
     * @param sessionToken File holding the session token of temporary credentials, if
     * any.
     */
    public record Files(@Nullable Path accessKey, @Nullable Path secretKey, @Nullable Path sessionToken) {

    }

    /**
     * TLS of this client only.
     *
     * @param bundle Name of the SSL bundle (spring.ssl.bundle.*) that the template's HTTP
     * clients trust and present, instead of 'spring.http.clients.ssl.bundle', which
     * applies to every client of the application.
     */
    public record Ssl(@Nullable String bundle) {

    }

    /**
     * HTTP proxy of this client only (Apache HttpClient 5 and the JDK client).
     *
     * @param host Host of the proxy; HTTPS requests are tunnelled with CONNECT.
     * @param port Port of the proxy.
     */
    public record Proxy(@Nullable String host, @Nullable Integer port) {

    }

    /**
     * Downloads into files in parallel byte ranges.
     *
     * @param partSize Size of the byte ranges in which fgetObject and downloadObject
     * fetch an object larger than one range, at least 1MB; smaller objects are downloaded
     * in one GET. Each range streams through a 256KB buffer.
     * @param concurrency Number of byte ranges of one download fetched in parallel; 1
     * downloads every object in one GET.
     */
    public record Download(@DefaultValue("8MB") DataSize partSize, @DefaultValue("8") int concurrency) {

    }

}
