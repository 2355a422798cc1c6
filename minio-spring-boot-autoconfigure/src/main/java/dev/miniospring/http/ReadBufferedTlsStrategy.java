package dev.miniospring.http;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Supplier;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.util.function.SingletonSupplier;

/**
 * The TLS strategy Spring Boot gives Apache HttpClient 5 (the SSL bundle's context,
 * protocols and ciphers with HttpClient's hostname verifier, or the JVM's defaults
 * without a bundle), with the TLS layer reading the network through a
 * {@link ReadBufferedSocket}. The JVM's defaults (its trust store and the public suffix
 * list of the hostname verifier) are loaded on the first TLS connection, not when the
 * client is built, so that clients of {@code http://} endpoints never load them.
 */
final class ReadBufferedTlsStrategy implements TlsSocketStrategy {

    /**
     * The most the JDK's socket reads in one system call ({@code NioSocketImpl}, Java 17
     * and later).
     */
    static final int BUFFER_SIZE = 128 * 1024;

    private final Supplier<TlsSocketStrategy> strategy;

    ReadBufferedTlsStrategy(Supplier<TlsSocketStrategy> strategy) {
        this.strategy = SingletonSupplier.of(strategy);
    }

    static TlsSocketStrategy of(@Nullable SslBundle bundle) {
        if (bundle == null) {
            return new ReadBufferedTlsStrategy(DefaultClientTlsStrategy::createSystemDefault);
        }
        SslOptions options = bundle.getOptions();
        TlsSocketStrategy strategy = new DefaultClientTlsStrategy(bundle.createSslContext(),
                options.getEnabledProtocols(), options.getCiphers(), null, new DefaultHostnameVerifier());
        return new ReadBufferedTlsStrategy(() -> strategy);
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, @Nullable Object attachment, HttpContext context)
            throws IOException {
        return this.strategy.get()
            .upgrade(new ReadBufferedSocket(socket, BUFFER_SIZE), target, port, attachment, context);
    }

}
