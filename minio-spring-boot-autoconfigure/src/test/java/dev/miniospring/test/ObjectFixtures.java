package dev.miniospring.test;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.AddressingStyle;
import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.transport.SigningClientHttpRequestFactory;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.testserver.S3TestServer;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/**
 * Creates test objects and multipart uploads on a real S3 server directly through
 * {@link S3Transport}, independently of the template operations under test.
 */
public final class ObjectFixtures {

    private static final Pattern UPLOAD_ID = Pattern.compile("<UploadId>([^<]+)</UploadId>");

    private final S3Transport transport;

    private final S3TestServer server;

    /**
     * Creates the helper for a server.
     * @param server the server
     */
    public ObjectFixtures(S3TestServer server) {
        this.server = server;
        MinioCredentials credentials = new MinioCredentials(server.accessKey(), server.secretKey());
        RestClient restClient = RestClient.builder()
            .requestFactory(new SigningClientHttpRequestFactory(new JdkClientHttpRequestFactory(),
                    new AwsV4RequestSigner(), credentials))
            .build();
        this.transport = new S3Transport(restClient, S3Endpoint.of(server.endpoint().toString(), AddressingStyle.PATH),
                "us-east-1");
    }

    /**
     * Returns a template signed with the server's credentials.
     * @return the template
     */
    public MinioTemplate template() {
        return S3ServerExtension.templateBuilder(this.server).build();
    }

    /**
     * Stores an object.
     * @param bucket the bucket
     * @param key the key
     * @param content the UTF-8 content
     */
    public void put(String bucket, String key, String content) {
        this.transport.execute(S3Request.builder(HttpMethod.PUT)
            .bucket(bucket)
            .key(key)
            .payload(RequestPayload.of(content.getBytes(StandardCharsets.UTF_8)))
            .build());
    }

    /**
     * Stores many one-byte objects with a few threads.
     * @param bucket the bucket
     * @param keys the keys
     */
    public void putAll(String bucket, Collection<String> keys) {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> puts = keys.stream()
                .<Future<?>>map((key) -> executor.submit(() -> put(bucket, key, "x")))
                .toList();
            for (Future<?> put : puts) {
                put.get();
            }
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not create test objects", ex);
        }
        finally {
            executor.shutdownNow();
        }
    }

    /**
     * Starts a multipart upload (CreateMultipartUpload).
     * @param bucket the bucket
     * @param key the key
     * @return the upload id
     */
    public String startUpload(String bucket, String key) {
        String body = this.transport.execute(
                S3Request.builder(HttpMethod.POST).bucket(bucket).key(key).query("uploads", "").build(),
                (response) -> StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8));
        Matcher matcher = UPLOAD_ID.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No UploadId in " + body);
        }
        return matcher.group(1);
    }

    /**
     * Uploads one part of a multipart upload (UploadPart).
     * @param bucket the bucket
     * @param key the key
     * @param uploadId the upload id
     * @param partNumber the part number
     * @param size the number of bytes to upload
     */
    public void uploadPart(String bucket, String key, String uploadId, int partNumber, int size) {
        this.transport.execute(S3Request.builder(HttpMethod.PUT)
            .bucket(bucket)
            .key(key)
            .query("partNumber", String.valueOf(partNumber))
            .query("uploadId", uploadId)
            .payload(RequestPayload.of(new byte[size]))
            .build());
    }

    /**
     * Returns the transport that talks to the server directly, for raw requests.
     * @return the transport
     */
    public S3Transport transport() {
        return this.transport;
    }

    /**
     * Creates a bucket with a unique name.
     * @param purpose a short lower-case word describing the test
     * @return the bucket name
     */
    public String newBucket(String purpose) {
        String bucket = UniqueBucketNames.unique(purpose);
        template().makeBucket(bucket);
        return bucket;
    }

}
