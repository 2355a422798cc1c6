package dev.miniospring.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.ClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP client Spring Boot picks for the application's own clients is the same with
 * and without the starter (which brings Apache HttpClient 5 for the template), unless
 * {@code spring.http.clients.imperative.factory} says otherwise; the template itself runs
 * on HttpClient 5.
 */
@ExtendWith(WireMockExtension.class)
class HttpClientDetectionTests {

    private static final AutoConfigurations BOOT_HTTP_CLIENTS = AutoConfigurations.of(HttpClientAutoConfiguration.class,
            ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class);

    private static final AutoConfigurations STARTER = AutoConfigurations.of(MinioAutoConfiguration.class,
            MinioHttpClientDetectionAutoConfiguration.class);

    private WireMockServer server;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.server.stubFor(head(urlEqualTo("/bucket")).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void theApplicationsClientIsTheOneBootPicksWithoutTheStarter() {
        Class<?> withoutStarter = applicationRequestFactory(new ApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader("dev.miniospring.", "org.apache.hc.client5."))
            .withConfiguration(BOOT_HTTP_CLIENTS));
        Class<?> withStarter = applicationRequestFactory(withStarter());
        assertThat(withStarter).isEqualTo(withoutStarter);
        assertThat(withStarter.getSimpleName()).isEqualTo("JdkClientHttpRequestFactory");
    }

    @Test
    void theApplicationsClientFollowsTheFactoryProperty() {
        Class<?> factory = applicationRequestFactory(
                withStarter().withPropertyValues("spring.http.clients.imperative.factory=http-components"));
        assertThat(factory.getSimpleName()).isEqualTo("HttpComponentsClientHttpRequestFactory");
    }

    @Test
    void theTemplateRunsOnHttpClient5() {
        withStarter().run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MinioTemplate.class).bucketExists("bucket")).isTrue();
            this.server.verify(
                    anyRequestedFor(urlEqualTo("/bucket")).withHeader("User-Agent", matching("Apache-HttpClient/5.*")));
        });
    }

    private ApplicationContextRunner withStarter() {
        return new ApplicationContextRunner().withConfiguration(BOOT_HTTP_CLIENTS)
            .withConfiguration(STARTER)
            .withPropertyValues("minio.endpoint=" + this.server.baseUrl());
    }

    private static Class<?> applicationRequestFactory(ApplicationContextRunner runner) {
        Class<?>[] type = new Class<?>[1];
        runner.run((context) -> type[0] = requestFactory(context).getClass());
        return type[0];
    }

    private static ClientHttpRequestFactory requestFactory(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(ClientHttpRequestFactoryBuilder.class).build();
    }

}
