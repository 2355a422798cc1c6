package dev.miniospring.http;

import java.io.IOException;
import java.net.Proxy;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.SocketConfig;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;

/**
 * The connection pool of Apache HttpClient 5 built as Spring Boot builds it from
 * {@link HttpClientSettings} (connect and read timeouts, the SSL bundle through a
 * {@link ReadBufferedTlsStrategy}, the JVM's system properties), whose direct
 * {@code http://} connections run on {@link ChannelSocket}s: one system call per MiB sent
 * instead of one per 128 KiB. Connections through a SOCKS proxy and direct
 * {@code https://} ones keep the JDK's {@code new Socket()}.
 */
final class ChannelSocketConnections {

    private ChannelSocketConnections() {
    }

    /**
     * Creates a connection pool.
     * @param settings the settings (their redirect setting is not the pool's)
     * @param maxConnections the size of the pool
     * @return the pool
     */
    static PoolingHttpClientConnectionManager pool(HttpClientSettings settings, int maxConnections) {
        return new ChannelPoolBuilder().useSystemProperties()
            .setDefaultSocketConfig(SocketConfig.custom().build())
            .setDefaultConnectionConfig(connectionConfig(settings))
            .setTlsSocketStrategy(ReadBufferedTlsStrategy.of(settings.sslBundle()))
            .setMaxConnPerRoute(maxConnections)
            .setMaxConnTotal(maxConnections)
            .build();
    }

    /**
     * Tells whether a connection of HttpClient runs on a {@link ChannelSocket}.
     * @param connection the connection
     * @return {@code true} when it does
     */
    static boolean isChannelBacked(HttpClientConnection connection) {
        return connection instanceof ManagedHttpClientConnection managed
                && managed.getSocket() instanceof ChannelSocket;
    }

    private static ConnectionConfig connectionConfig(HttpClientSettings settings) {
        ConnectionConfig.Builder config = ConnectionConfig.custom();
        Duration connectTimeout = settings.connectTimeout();
        if (connectTimeout != null) {
            config.setConnectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        Duration readTimeout = settings.readTimeout();
        if (readTimeout != null) {
            config.setSocketTimeout(Math.toIntExact(readTimeout.toMillis()), TimeUnit.MILLISECONDS);
        }
        return config.build();
    }

    /**
     * Creates the sockets of the pool's connections.
     */
    private static final class ChannelSocketFactory implements DetachedSocketFactory {

        @Override
        public Socket create(@Nullable Proxy socksProxy) throws IOException {
            return (socksProxy != null) ? new Socket(socksProxy) : new Socket();
        }

        @Override
        public Socket create(String scheme, @Nullable Proxy socksProxy) throws IOException {
            return (socksProxy == null && URIScheme.HTTP.same(scheme)) ? ChannelSocket.open() : create(socksProxy);
        }

    }

    /**
     * HttpClient's pool builder, whose connections take their sockets from a
     * {@link ChannelSocketFactory}.
     */
    private static final class ChannelPoolBuilder extends PoolingHttpClientConnectionManagerBuilder {

        @Override
        protected HttpClientConnectionOperator createConnectionOperator(@Nullable SchemePortResolver schemePortResolver,
                @Nullable DnsResolver dnsResolver, TlsSocketStrategy tlsSocketStrategy) {
            return new DefaultHttpClientConnectionOperator(new ChannelSocketFactory(), schemePortResolver, dnsResolver,
                    RegistryBuilder.<TlsSocketStrategy>create()
                        .register(URIScheme.HTTPS.id, tlsSocketStrategy)
                        .build());
        }

    }

}
