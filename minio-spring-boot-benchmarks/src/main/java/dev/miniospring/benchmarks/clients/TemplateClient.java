package dev.miniospring.benchmarks.clients;

import java.io.InputStream;


import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.http.AddressingStyle;
import dev.miniospring.http.HttpComponentsClients;
import dev.miniospring.http.JdkHttpClientExecutor;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ListObjectsPage;
import dev.miniospring.object.ListObjectsRequest;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Our {@link MinioTemplate}, on the JDK {@code HttpClient} or on Apache HttpComponents 5, with the default
 * (payload-signing) signer or one that sends {@code UNSIGNED-PAYLOAD}.
 */
public final class TemplateClient implements BenchClient {

    /** The HTTP client under the template's {@code RestClient}. */
    public enum Http {
        /** A JDK {@code HttpClient} on the shared executor (the template's fallback without HttpClient 5). */
        JDK,
        /** A plain {@code new JdkClientHttpRequestFactory()}, as the template's default was before the fix. */
        JDK_PLAIN,
        /** Apache HttpClient 5 as the template sets it up by default ({@code HttpComponentsClients}). */
        HC5
    }

    private final String name;

    private final MinioTemplate template;

    private final AutoCloseable httpClient;

    private TemplateClient(String name, MinioTemplate template, AutoCloseable httpClient) {
        this.name = name;
        this.template = template;
        this.httpClient = httpClient;
    }

    /**
     * Creates the client.
     * @param settings the shared settings
     * @param http the HTTP client
     * @param unsignedPayload whether uploads use {@link PayloadSigning#CHECKSUM} ({@code UNSIGNED-PAYLOAD} with a
     * CRC32C checksum header) instead of their SHA-256
     * @return the client
     */
    public static TemplateClient create(ClientSettings settings, Http http, boolean unsignedPayload) {
        MinioTemplateBuilder builder = MinioTemplate.builder()
            .endpoint(settings.endpoint().toString())
            .credentials(settings.accessKey(), settings.secretKey())
            .region(ClientSettings.REGION)
            .addressingStyle(AddressingStyle.PATH)
            .partSize(settings.partSize())
            .uploadConcurrency(settings.uploadConcurrency());
        if (unsignedPayload) {
            builder.payloadSigning(PayloadSigning.CHECKSUM);
        }
        AutoCloseable closeable = () -> { };
        if (http == Http.HC5) {
            ClientHttpRequestFactory factory = HttpComponentsClients.requestFactory();
            builder.requestFactory(factory);
            closeable = ((DisposableBean) factory)::destroy;
        }
        else if (http == Http.JDK) {
            builder.requestFactory(JdkHttpClientExecutor.requestFactory());
        }
        else if (http == Http.JDK_PLAIN) {
            builder.requestFactory(new JdkClientHttpRequestFactory());
        }
        String name = "MinioTemplate/" + http + (unsignedPayload ? "/checksum" : "");
        return new TemplateClient(name, builder.build(), closeable);
    }

    @Override
    public String name() {
        return this.name;
    }

    @Override
    public void put(String bucket, String key, byte[] data) {
        this.template.putObject(bucket, key, new java.io.ByteArrayInputStream(data), data.length);
    }

    @Override
    public long get(String bucket, String key) {
        GetObjectResponse response = this.template.getObject(bucket, key);
        return dev.miniospring.benchmarks.Drain.drain(response);
    }

    @Override
    public long head(String bucket, String key) {
        return this.template.statObject(bucket, key).size();
    }

    @Override
    public int list(String bucket, String prefix, int pageSize) {
        ListObjectsRequest request = ListObjectsRequest.of(prefix, true).withMaxKeys(pageSize);
        int count = 0;
        while (true) {
            ListObjectsPage page = this.template.listObjectsV2Page(bucket, request);
            count += page.objects().size();
            if (!page.isTruncated() || page.nextToken() == null) {
                return count;
            }
            request = request.withToken(page.nextToken());
        }
    }

    @Override
    public void upload(String bucket, String key, InputStream data, long length) {
        this.template.putObject(bucket, key, data, length);
    }

    @Override
    public void createBucket(String bucket) {
        if (!this.template.bucketExists(bucket)) {
            this.template.makeBucket(bucket);
        }
    }

    @Override
    public void close() throws Exception {
        this.httpClient.close();
    }

}
