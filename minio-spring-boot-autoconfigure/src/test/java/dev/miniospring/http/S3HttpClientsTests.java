package dev.miniospring.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link S3HttpClients}: default timeouts, separate upload pools and the notification
 * client.
 */
class S3HttpClientsTests {

    private static final Duration POOL_WAIT = Duration.ofSeconds(10);

    @Test
    void unsetTimeoutsTakeTheDefaults() {
        HttpClientSettings settings = clients(ClientHttpRequestFactoryBuilder.httpComponents(),
                HttpClientSettings.defaults().withRedirects(HttpRedirects.DONT_FOLLOW))
            .settings();
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
    }

    @Test
    void configuredTimeoutsAreKept() {
        HttpClientSettings settings = clients(ClientHttpRequestFactoryBuilder.httpComponents(),
                HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(3), Duration.ofMinutes(2)))
            .settings();
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theJdkClientGetsNoDefaultReadTimeoutAsSpringAppliesItToWholeExchanges() {
        HttpClientSettings settings = clients(ClientHttpRequestFactoryBuilder.jdk(), HttpClientSettings.defaults())
            .settings();
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isNull();
    }

    @Test
    void uploadsGetAClientOfTheirOwnExceptOnTheUnpooledJdkClient() {
        S3HttpClients httpComponents = clients(ClientHttpRequestFactoryBuilder.httpComponents(),
                HttpClientSettings.defaults());
        ClientHttpRequestFactory requests = httpComponents.requests();
        assertThat(requests).isInstanceOf(HttpComponentsClientHttpRequestFactory.class);
        assertThat(httpComponents.uploads(requests)).isInstanceOf(HttpComponentsClientHttpRequestFactory.class)
            .isNotSameAs(requests);
        S3HttpClients jdk = clients(ClientHttpRequestFactoryBuilder.jdk(), HttpClientSettings.defaults());
        ClientHttpRequestFactory jdkRequests = jdk.requests();
        assertThat(jdk.uploads(jdkRequests)).isSameAs(jdkRequests);
    }

    @Test
    void notificationsRunOnTheConfiguredJdkBuilderOrOnAJdkClientBesideAnotherLibrary() {
        AtomicInteger customized = new AtomicInteger();
        S3HttpClients jdk = clients(ClientHttpRequestFactoryBuilder.jdk()
            .withHttpClientCustomizer((client) -> customized.incrementAndGet()), HttpClientSettings.defaults());
        assertThat(jdk.notifications()).isInstanceOf(JdkClientHttpRequestFactory.class);
        assertThat(customized).hasValue(1);
        assertThat(clients(ClientHttpRequestFactoryBuilder.httpComponents(), HttpClientSettings.defaults())
            .notifications()).isInstanceOf(JdkClientHttpRequestFactory.class);
    }

    @Test
    void invalidPoolSettingsAreRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new S3HttpClients(null, HttpClientSettings.defaults(), 0, POOL_WAIT))
            .withMessageContaining("'maxConnections' must be at least 1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new S3HttpClients(null, HttpClientSettings.defaults(), 1, Duration.ZERO))
            .withMessageContaining("'connectionAcquisitionTimeout' must be positive");
    }

    private static S3HttpClients clients(ClientHttpRequestFactoryBuilder<?> builder, HttpClientSettings settings) {
        return new S3HttpClients(builder, settings, 4, POOL_WAIT);
    }

}
