package dev.miniospring.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Apache HttpClient 5 set up for S3, the fastest client the template runs on (see the
 * benchmark results): no transparent decompression (objects are returned byte for byte),
 * no retries of its own (the template retries), no redirects followed (an S3 redirect is
 * an error naming the endpoint to configure), a connection pool large enough for parallel
 * part uploads and multi-threaded applications, a bounded wait for a pooled connection
 * that fails with a message naming the pool size, request body writes bounded by the read
 * timeout, responses read on virtual threads without timed socket reads (their read
 * timeout enforced by a watchdog thread, as a timed read costs a virtual thread a timer
 * of the JDK's scheduler), and requests sent again at once on another connection when the
 * pooled one turns out to have been closed by the server while idle (only requests
 * without a body or with a repeatable one).
 *
 * @since 0.1.0
 */
public final class HttpComponentsClients {

    /**
     * The default number of connections per S3 endpoint (and in total) of one pool.
     */
    public static final int DEFAULT_MAX_CONNECTIONS = S3HttpClients.DEFAULT_MAX_CONNECTIONS;

    /**
     * The default longest wait for a pooled connection (10 s).
     */
    public static final Duration DEFAULT_CONNECTION_ACQUISITION_TIMEOUT = S3HttpClients.DEFAULT_CONNECTION_ACQUISITION_TIMEOUT;

    private HttpComponentsClients() {
    }

    /**
     * Tells whether Apache HttpClient 5 is on the classpath.
     * @param classLoader the class loader to look in, or {@code null} for the default
     * @return {@code true} when it is present
     */
    public static boolean isPresent(@Nullable ClassLoader classLoader) {
        return S3HttpClients.isHttpClient5Present(classLoader);
    }

    /**
     * Returns Spring Boot's HttpComponents request factory builder with the TLS settings
     * Spring Boot gives it (the SSL bundle's context, protocols and ciphers, or the JVM's
     * defaults), whose TLS connections read the network through a 128 KiB buffer: the
     * JDK's TLS layer reads each record in two system calls (header, then body), which
     * the buffer turns into one for several records. The template uses this builder when
     * it chooses Apache HttpClient 5 itself; a builder the application configures keeps
     * its own TLS strategy.
     * @return the builder
     */
    public static HttpComponentsClientHttpRequestFactoryBuilder requestFactoryBuilder() {
        return ClientHttpRequestFactoryBuilder.httpComponents()
            .withTlsSocketStrategyFactory(ReadBufferedTlsStrategy::of);
    }

    /**
     * Applies the S3 settings with the default pool to a request factory builder.
     * @param builder the HttpComponents request factory builder of Spring Boot
     * @return the configured builder
     */
    public static HttpComponentsClientHttpRequestFactoryBuilder forS3(
            HttpComponentsClientHttpRequestFactoryBuilder builder) {
        return forS3(builder, DEFAULT_MAX_CONNECTIONS, DEFAULT_CONNECTION_ACQUISITION_TIMEOUT);
    }

    /**
     * Applies the S3 settings to a request factory builder.
     * @param builder the HttpComponents request factory builder of Spring Boot
     * @param maxConnections the size of each client's connection pool
     * @param acquisitionTimeout the longest wait for a pooled connection
     * @return the configured builder
     */
    public static HttpComponentsClientHttpRequestFactoryBuilder forS3(
            HttpComponentsClientHttpRequestFactoryBuilder builder, int maxConnections, Duration acquisitionTimeout) {
        return builder.withHttpClientCustomizer((client) -> customizeClient(client, maxConnections, acquisitionTimeout))
            .withConnectionManagerCustomizer(
                    (connections) -> connections.setMaxConnPerRoute(maxConnections).setMaxConnTotal(maxConnections))
            .withDefaultRequestConfigCustomizer((request) -> request
                .setConnectionRequestTimeout(acquisitionTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Makes the clients of a request factory builder connect through a proxy.
     * @param builder the HttpComponents request factory builder of Spring Boot
     * @param proxy the proxy
     * @return the configured builder
     */
    static HttpComponentsClientHttpRequestFactoryBuilder withProxy(
            HttpComponentsClientHttpRequestFactoryBuilder builder, HttpProxy proxy) {
        return builder.withHttpClientCustomizer((client) -> client.setProxy(new HttpHost(proxy.host(), proxy.port())));
    }

    /**
     * Makes the clients of a request factory builder use a connection pool of their own,
     * built from the settings as Spring Boot builds its pool, whose direct
     * {@code http://} connections run on socket channels
     * ({@link ChannelSocketConnections}): the connection pool customizations of the
     * builder are not applied, so only a builder the template chose itself is given this
     * pool.
     * @param builder the HttpComponents request factory builder of Spring Boot
     * @param settings the settings the clients are built with
     * @param maxConnections the size of each client's connection pool
     * @return the configured builder
     */
    static HttpComponentsClientHttpRequestFactoryBuilder withChannelSockets(
            HttpComponentsClientHttpRequestFactoryBuilder builder, HttpClientSettings settings, int maxConnections) {
        return builder.withHttpClientCustomizer(
                (client) -> client.setConnectionManager(ChannelSocketConnections.pool(settings, maxConnections)));
    }

    /**
     * Creates a request factory with the S3 settings, the default pool and the default
     * timeouts; it follows no redirects.
     * @return the request factory
     */
    public static ClientHttpRequestFactory requestFactory() {
        return forS3(requestFactoryBuilder()).build(HttpClientSettings.defaults()
            .withRedirects(HttpRedirects.DONT_FOLLOW)
            .withTimeouts(S3HttpClients.DEFAULT_CONNECT_TIMEOUT, S3HttpClients.DEFAULT_READ_TIMEOUT));
    }

    private static void customizeClient(HttpClientBuilder client, int maxConnections, Duration acquisitionTimeout) {
        client.disableContentCompression()
            .setRequestExecutor(new VirtualThreadRequestExecutor(StallWatchdog.shared()))
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .addExecInterceptorFirst("minio-pool-timeout",
                    (request, scope, chain) -> execute(request, scope, chain, maxConnections, acquisitionTimeout))
            .addExecInterceptorBefore(ChainElement.PROTOCOL.name(), "minio-stale-connection",
                    new StaleConnectionReplay(maxConnections))
            .addExecInterceptorBefore(ChainElement.MAIN_TRANSPORT.name(), "minio-body-write-timeout",
                    new BodyWriteTimeout());
    }

    private static ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain,
            int maxConnections, Duration acquisitionTimeout) throws IOException, HttpException {
        try {
            return chain.proceed(request, scope);
        }
        catch (ConnectionRequestTimeoutException ex) {
            throw new ConnectionPoolTimeoutException(maxConnections, acquisitionTimeout, ex);
        }
    }

}
