package dev.miniospring.http;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * Apache HttpClient 5 set up for S3, the fastest client the template runs on (see the benchmark results): no
 * transparent decompression (objects are returned byte for byte), no retries of its own (the template retries), and
 * a connection pool large enough for parallel part uploads and multi-threaded applications.
 */
public final class HttpComponentsClients {

    /**
     * Connections per S3 endpoint (and in total) that one template may open.
     */
    public static final int MAX_CONNECTIONS = 64;

    private static final String HTTP_CLIENT_CLASS = "org.apache.hc.client5.http.impl.classic.HttpClients";

    private HttpComponentsClients() {
    }

    /**
     * Tells whether Apache HttpClient 5 is on the classpath.
     * @param classLoader the class loader to look in, or {@code null} for the default
     * @return {@code true} when it is present
     */
    public static boolean isPresent(@Nullable ClassLoader classLoader) {
        return ClassUtils.isPresent(HTTP_CLIENT_CLASS, classLoader);
    }

    /**
     * Applies the S3 settings to a request factory builder.
     * @param builder Spring Boot's HttpComponents request factory builder
     * @return the configured builder
     */
    public static HttpComponentsClientHttpRequestFactoryBuilder forS3(HttpComponentsClientHttpRequestFactoryBuilder builder) {
        return builder.withHttpClientCustomizer(HttpComponentsClients::customizeClient)
            .withConnectionManagerCustomizer(HttpComponentsClients::customizeConnections);
    }

    /**
     * Creates a request factory with the S3 settings and default timeouts.
     * @return the request factory
     */
    public static ClientHttpRequestFactory requestFactory() {
        return forS3(ClientHttpRequestFactoryBuilder.httpComponents()).build();
    }

    private static void customizeClient(HttpClientBuilder client) {
        client.disableContentCompression().disableAutomaticRetries();
    }

    private static void customizeConnections(PoolingHttpClientConnectionManagerBuilder connections) {
        connections.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS);
    }

}
