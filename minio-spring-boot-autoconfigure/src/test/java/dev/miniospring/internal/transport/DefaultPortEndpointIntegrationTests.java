package dev.miniospring.internal.transport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endpoint written with its scheme's default port ({@code http://127.0.0.1:80})
 * against a real, signature-verifying S3 server: Apache HttpClient connects to S3Proxy's
 * port through a route planner but sends the {@code Host} header of the endpoint URL,
 * exactly as it would to a server on port 80.
 */
@ExtendWith(S3ProxyExtension.class)
class DefaultPortEndpointIntegrationTests {

    @Test
    void signedRequestsToAnEndpointWithPort80AreAccepted(S3ProxyServer server) {
        MinioTemplate template = S3ProxyExtension.templateBuilder(server)
            .endpoint("http://127.0.0.1:80")
            .region("us-east-1")
            .requestFactory(routedTo(server))
            .build();
        String bucket = UniqueBucketNames.unique("port80");
        template.makeBucket(bucket);
        byte[] content = "default port".getBytes(StandardCharsets.UTF_8);
        template.putObject(bucket, "k.txt", new ByteArrayInputStream(content), content.length, null, null);
        assertThat(template.statObject(bucket, "k.txt").size()).isEqualTo(content.length);
        assertThat(template.listObjectsV2(bucket, null, true)).hasSize(1);
    }

    private static HttpComponentsClientHttpRequestFactory routedTo(S3ProxyServer server) {
        HttpHost s3Proxy = new HttpHost("http", server.endpoint().getHost(), server.endpoint().getPort());
        return new HttpComponentsClientHttpRequestFactory(HttpClients.custom()
            .setRoutePlanner((target, context) -> new HttpRoute(s3Proxy))
            .disableAutomaticRetries()
            .build());
    }

}
