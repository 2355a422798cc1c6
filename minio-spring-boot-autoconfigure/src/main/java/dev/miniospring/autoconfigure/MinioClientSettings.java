package dev.miniospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.HttpProxy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.StringUtils;

/**
 * Applies the connection settings of the template's own HTTP clients:
 * {@code minio.ssl.bundle} and {@code minio.proxy.*}.
 */
final class MinioClientSettings {

    private MinioClientSettings() {
    }

    static HttpClientSettings apply(HttpClientSettings settings, MinioProperties.Ssl ssl,
            ObjectProvider<SslBundles> sslBundles) {
        String bundle = ssl.bundle();
        if (!StringUtils.hasText(bundle)) {
            return settings;
        }
        SslBundles bundles = sslBundles.getIfAvailable();
        if (bundles == null) {
            throw new InvalidConfigurationPropertyValueException("minio.ssl.bundle", bundle,
                    "No SSL bundles are configured (spring.ssl.bundle.*)");
        }
        try {
            return settings.withSslBundle(bundles.getBundle(bundle));
        }
        catch (NoSuchSslBundleException ex) {
            throw new InvalidConfigurationPropertyValueException("minio.ssl.bundle", bundle, ex.getMessage());
        }
    }

    static @Nullable HttpProxy proxy(MinioProperties.Proxy proxy) {
        if (!StringUtils.hasText(proxy.host())) {
            return null;
        }
        Integer port = proxy.port();
        if (port == null || port < 1 || port > 65535) {
            throw new InvalidConfigurationPropertyValueException("minio.proxy.port", (port != null) ? port : "",
                    "A proxy port between 1 and 65535 is required with minio.proxy.host");
        }
        return new HttpProxy(proxy.host(), port);
    }

}
