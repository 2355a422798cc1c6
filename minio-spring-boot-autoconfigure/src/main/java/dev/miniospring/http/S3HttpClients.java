package dev.miniospring.http;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * The HTTP clients of one template, built with Spring Boot's
 * {@link ClientHttpRequestFactoryBuilder} from one set of {@link HttpClientSettings}
 * (timeouts, SSL bundle): one for requests; one for uploads, with a connection pool of
 * its own, so that downloads held open by callers can never starve the uploads they feed;
 * short-timeout ones for health checks; and a JDK client for MinIO's endless notification
 * streams.
 *
 * <p>
 * None of them follows redirects, whatever the settings say: an S3 redirect is an error
 * that names the endpoint and region to configure (followed, the request would reach
 * another host, or fail without a {@code Location}). Timeouts the settings leave unset
 * default to a connect timeout of 10 s and a read timeout of 30 s; the JDK client gets no
 * default read timeout, as Spring applies it there to the whole exchange, body included,
 * which would cut long transfers short.
 *
 * @since 0.1.0
 */
public final class S3HttpClients {

    /**
     * The default connect timeout (10 s).
     */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The default read timeout: the longest wait for the next bytes of a response (30 s,
     * as AWS SDK v2).
     */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The default number of connections per S3 endpoint (and in total) of one Apache
     * HttpClient 5 pool.
     */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    /**
     * The default longest wait for a pooled connection (10 s).
     */
    public static final Duration DEFAULT_CONNECTION_ACQUISITION_TIMEOUT = Duration.ofSeconds(10);

    private static final String HTTP_CLIENT_5_CLASS = "org.apache.hc.client5.http.impl.classic.HttpClients";

    private final ClientHttpRequestFactoryBuilder<?> builder;

    private final HttpClientSettings settings;

    private final int maxConnections;

    private final Duration acquisitionTimeout;

    private final @Nullable HttpProxy proxy;

    private final boolean channelSockets;

    /**
     * Creates the clients.
     * @param builder the builder of the client library, or {@code null} to detect it
     * (Apache HttpClient 5 when it is on the classpath, its direct {@code http://}
     * connections on socket channels, else the JDK client)
     * @param settings the settings; unset timeouts take the defaults, redirects are never
     * followed
     * @param maxConnections the size of each connection pool (Apache HttpClient 5)
     * @param acquisitionTimeout the longest wait for a pooled connection (Apache
     * HttpClient 5)
     */
    public S3HttpClients(@Nullable ClientHttpRequestFactoryBuilder<?> builder, HttpClientSettings settings,
            int maxConnections, Duration acquisitionTimeout) {
        this(builder, settings, maxConnections, acquisitionTimeout, null);
    }

    private S3HttpClients(@Nullable ClientHttpRequestFactoryBuilder<?> builder, HttpClientSettings settings,
            int maxConnections, Duration acquisitionTimeout, @Nullable HttpProxy proxy) {
        Assert.notNull(settings, "'settings' must not be null");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("'maxConnections' must be at least 1 (is " + maxConnections + ")");
        }
        if (acquisitionTimeout == null || acquisitionTimeout.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException(
                    "'connectionAcquisitionTimeout' must be positive (is " + acquisitionTimeout + ")");
        }
        this.builder = (builder != null) ? builder : detect();
        this.channelSockets = (builder == null)
                && (this.builder instanceof HttpComponentsClientHttpRequestFactoryBuilder);
        this.settings = withDefaults(settings, this.builder);
        this.maxConnections = maxConnections;
        this.acquisitionTimeout = acquisitionTimeout;
        this.proxy = proxy;
        if (proxy != null && !(this.builder instanceof HttpComponentsClientHttpRequestFactoryBuilder)
                && !(this.builder instanceof JdkClientHttpRequestFactoryBuilder)) {
            throw new IllegalArgumentException("A proxy is supported with the HttpComponents and JDK clients, not with "
                    + this.builder.getClass().getSimpleName());
        }
    }

    /**
     * Returns the same clients connecting through a proxy (HttpComponents and JDK clients
     * only).
     * @param proxy the proxy, or {@code null} for direct connections
     * @return the clients
     * @throws IllegalArgumentException when the client library is neither HttpComponents
     * nor the JDK client
     */
    public S3HttpClients withProxy(@Nullable HttpProxy proxy) {
        return new S3HttpClients(this.channelSockets ? null : this.builder, this.settings, this.maxConnections,
                this.acquisitionTimeout, proxy);
    }

    /**
     * Tells whether Apache HttpClient 5 is on the classpath, without loading any of its
     * classes (nor {@link HttpComponentsClients}, which needs them).
     * @param classLoader the class loader to look in, or {@code null} for the default
     * @return {@code true} when it is present
     */
    public static boolean isHttpClient5Present(@Nullable ClassLoader classLoader) {
        return ClassUtils.isPresent(HTTP_CLIENT_5_CLASS, classLoader);
    }

    private static ClientHttpRequestFactoryBuilder<?> detect() {
        return isHttpClient5Present(S3HttpClients.class.getClassLoader())
                ? HttpComponentsClients.requestFactoryBuilder() : ClientHttpRequestFactoryBuilder.jdk();
    }

    private static HttpClientSettings withDefaults(HttpClientSettings settings,
            ClientHttpRequestFactoryBuilder<?> builder) {
        HttpClientSettings resolved = settings.withRedirects(HttpRedirects.DONT_FOLLOW);
        if (resolved.connectTimeout() == null) {
            resolved = resolved.withConnectTimeout(DEFAULT_CONNECT_TIMEOUT);
        }
        if (resolved.readTimeout() == null && !(builder instanceof JdkClientHttpRequestFactoryBuilder)) {
            resolved = resolved.withReadTimeout(DEFAULT_READ_TIMEOUT);
        }
        return resolved;
    }

    /**
     * Returns the settings the clients are built with, defaults applied and redirects not
     * followed.
     * @return the settings
     */
    public HttpClientSettings settings() {
        return this.settings;
    }

    /**
     * Creates the client of requests.
     * @return a new client
     */
    public ClientHttpRequestFactory requests() {
        return forS3(this.settings, this.acquisitionTimeout).build(this.settings);
    }

    /**
     * Returns the client of uploads: a client of its own, except for the JDK client,
     * which has no connection limit.
     * @param requests the client of requests
     * @return the client of uploads
     */
    public ClientHttpRequestFactory uploads(ClientHttpRequestFactory requests) {
        return separateUploads() ? requests() : requests;
    }

    /**
     * Tells whether uploads get a client of their own (all libraries but the JDK client,
     * which has no connection limit).
     * @return {@code true} when {@link #uploads} creates a client
     */
    public boolean separateUploads() {
        return !(this.builder instanceof JdkClientHttpRequestFactoryBuilder);
    }

    /**
     * Creates a client for health checks whose connect, read and pool timeouts are all
     * {@code timeout}.
     * @param timeout the timeout
     * @return a new client
     */
    public ClientHttpRequestFactory healthChecks(Duration timeout) {
        Assert.isTrue(timeout != null && timeout.compareTo(Duration.ZERO) > 0,
                () -> "'timeout' must be positive (is " + timeout + ")");
        HttpClientSettings healthChecks = this.settings.withTimeouts(timeout, timeout);
        return forS3(healthChecks, timeout).build(healthChecks);
    }

    /**
     * Creates the JDK client of notification streams, with the connect timeout and SSL
     * bundle of the settings but no read timeout (Spring's JDK client would end the
     * endless stream after it).
     * @return a new client
     */
    public JdkClientHttpRequestFactory notifications() {
        JdkClientHttpRequestFactoryBuilder jdk = (this.builder instanceof JdkClientHttpRequestFactoryBuilder configured)
                ? configured : ClientHttpRequestFactoryBuilder.jdk();
        return proxied(jdk.withExecutor(JdkHttpClientExecutor.shared())).build(this.settings.withReadTimeout(null));
    }

    private ClientHttpRequestFactoryBuilder<?> forS3(HttpClientSettings settings, Duration poolTimeout) {
        if (this.builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
            HttpComponentsClientHttpRequestFactoryBuilder s3 = HttpComponentsClients.forS3(httpComponents,
                    this.maxConnections, poolTimeout);
            return proxied(this.channelSockets
                    ? HttpComponentsClients.withChannelSockets(s3, settings, this.maxConnections) : s3);
        }
        if (this.builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
            return proxied(jdk.withExecutor(JdkHttpClientExecutor.shared()));
        }
        return this.builder;
    }

    private JdkClientHttpRequestFactoryBuilder proxied(JdkClientHttpRequestFactoryBuilder jdk) {
        HttpProxy configured = this.proxy;
        return (configured != null) ? jdk.withHttpClientCustomizer((client) -> client.proxy(configured.proxySelector()))
                : jdk;
    }

    private HttpComponentsClientHttpRequestFactoryBuilder proxied(
            HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
        HttpProxy configured = this.proxy;
        return (configured != null) ? HttpComponentsClients.withProxy(httpComponents, configured) : httpComponents;
    }

}
