package dev.miniospring.http;

import java.net.InetSocketAddress;
import java.net.ProxySelector;

import org.springframework.util.Assert;

/**
 * An HTTP proxy that a template's clients (and only they) connect through; HTTPS requests
 * are tunnelled with {@code CONNECT}.
 *
 * @param host the proxy host
 * @param port the proxy port, 1 to 65535
 * @since 0.1.0
 */
public record HttpProxy(String host, int port) {

    public HttpProxy {
        Assert.hasText(host, "'host' must not be empty");
        Assert.isTrue(port >= 1 && port <= 65535, () -> "'port' must be between 1 and 65535 (is " + port + ")");
    }

    /**
     * Returns the proxy selector of a JDK {@code HttpClient}; the host is resolved when
     * connecting.
     * @return the selector
     */
    public ProxySelector proxySelector() {
        return ProxySelector.of(InetSocketAddress.createUnresolved(this.host, this.port));
    }

}
