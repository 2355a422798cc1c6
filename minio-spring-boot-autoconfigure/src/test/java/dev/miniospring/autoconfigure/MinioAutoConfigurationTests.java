package dev.miniospring.autoconfigure;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.core.MinioOperations;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.S3RequestSigner;
import dev.miniospring.signing.SigningRequest;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MinioAutoConfiguration} with {@link ApplicationContextRunner}; requests go to
 * WireMock to show what the configured template actually sends.
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationTests {

    private static final String EMPTY_BUCKET_LIST = "<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>";

    private WireMockServer server;

    private ApplicationContextRunner runner;

    @BeforeEach
    void startServer(WireMockServer server) {
        this.server = server;
        this.server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withBody(EMPTY_BUCKET_LIST)));
        this.runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + this.server.baseUrl());
    }

    @Test
    void createsSigningTemplateFromProperties() {
        this.runner.withPropertyValues("minio.access-key=AK", "minio.secret-key=SK-secret").run((context) -> {
            assertThat(context).hasSingleBean(MinioTemplate.class)
                .hasSingleBean(PropertiesMinioConnectionDetails.class);
            assertThat(context.getBean(S3RequestSigner.class)).isInstanceOf(AwsV4RequestSigner.class);
            assertThat(context.getBean(MinioTemplate.class).listBuckets()).isEmpty();
            this.server.verify(getRequestedFor(urlEqualTo("/"))
                .withHeader("Authorization",
                        matching("AWS4-HMAC-SHA256 Credential=AK/\\d{8}/us-east-1/s3/aws4_request, .*"))
                .withHeader("x-amz-content-sha256",
                        equalTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
        });
    }

    @Test
    void usesConfiguredRegionForSigning() {
        this.runner.withPropertyValues("minio.access-key=AK", "minio.secret-key=SK", "minio.region=eu-central-1")
            .run((context) -> {
                context.getBean(MinioTemplate.class).listBuckets();
                this.server.verify(getRequestedFor(urlEqualTo("/")).withHeader("Authorization",
                        matching(".*/eu-central-1/s3/aws4_request.*")));
            });
    }

    @Test
    void withoutKeysSendsAnonymousRequests() {
        this.runner.run((context) -> {
            context.getBean(MinioTemplate.class).listBuckets();
            this.server.verify(getRequestedFor(urlEqualTo("/")).withHeader("Authorization", absent()));
        });
    }

    @Test
    void backsOffWhenUserDefinesTemplate() {
        this.runner.withUserConfiguration(UserTemplateConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(MinioOperations.class);
            assertThat(context.getBean(MinioTemplate.class)).isSameAs(context.getBean("userTemplate"));
        });
    }

    @Test
    void isDisabledByProperty() {
        this.runner.withPropertyValues("minio.enabled=false").run((context) -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MinioTemplate.class);
            assertThat(context).doesNotHaveBean(MinioConnectionDetails.class);
        });
    }

    @Test
    void failsAtStartupWithoutEndpoint() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("minio.endpoint")
                .hasMessageContaining("The endpoint is required"));
    }

    @Test
    void failsAtStartupOnHostOnlyEndpoint() {
        this.runner.withPropertyValues("minio.endpoint=localhost:9000")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("minio.endpoint")
                .hasMessageContaining("must be an http:// or https:// URL"));
    }

    @Test
    void failsAtStartupOnHalfKeyPair() {
        this.runner.withPropertyValues("minio.access-key=AK")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("minio.secret-key")
                .hasMessageContaining("set both, or neither"));
        this.runner.withPropertyValues("minio.secret-key=top-secret")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("minio.access-key")
                .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("top-secret")));
    }

    @Test
    void userConnectionDetailsReplaceProperties() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withBean(MinioConnectionDetails.class, () -> connectionDetails(this.server.baseUrl()))
            .run((context) -> {
                assertThat(context).doesNotHaveBean(PropertiesMinioConnectionDetails.class);
                context.getBean(MinioTemplate.class).listBuckets();
                this.server.verify(getRequestedFor(urlEqualTo("/")).withHeader("Authorization",
                        matching(".*Credential=details-key/.*/ap-south-1/.*")));
            });
    }

    @Test
    void userSignerReplacesDefault() {
        this.runner.withPropertyValues("minio.access-key=AK", "minio.secret-key=SK")
            .withBean(S3RequestSigner.class, FixedHeaderSigner::new)
            .run((context) -> {
                context.getBean(MinioTemplate.class).listBuckets();
                this.server.verify(getRequestedFor(urlEqualTo("/")).withHeader("Authorization", equalTo("custom")));
            });
    }

    @Test
    void appliesCustomizersInOrderAndDropsInterceptors() {
        this.runner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
            context.getBean(MinioTemplate.class).listBuckets();
            this.server.verify(getRequestedFor(urlEqualTo("/")).withHeader("X-Customized", equalTo("second"))
                .withHeader("X-Intercepted", absent()));
        });
    }

    @Test
    void startsFromBootsRestClientBuilderWhenPresent() {
        this.runner
            .withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
                    ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
            .withPropertyValues("minio.access-key=AK", "minio.secret-key=SK", "minio.read-timeout=2s")
            .run((context) -> {
                assertThat(context).hasSingleBean(MinioTemplate.class);
                assertThat(context.getBean(MinioTemplate.class).listBuckets()).isEmpty();
            });
    }

    @Test
    void propertiesToStringHidesSecret() {
        this.runner.withPropertyValues("minio.access-key=AK", "minio.secret-key=very-secret", "minio.enabled=false")
            .withUserConfiguration(PropertiesOnlyConfiguration.class)
            .run((context) -> assertThat(context.getBean(MinioProperties.class).toString()).contains("AK")
                .doesNotContain("very-secret"));
    }

    @Test
    void readsTimeoutsAndAddressingStyle() {
        this.runner
            .withPropertyValues("minio.connect-timeout=3s", "minio.addressing-style=virtual-host",
                    "minio.enabled=false")
            .withUserConfiguration(PropertiesOnlyConfiguration.class)
            .run((context) -> {
                MinioProperties properties = context.getBean(MinioProperties.class);
                assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                assertThat(properties.maxConnections()).isEqualTo(64);
                assertThat(properties.connectionAcquisitionTimeout()).isEqualTo(Duration.ofSeconds(10));
                assertThat(properties.addressingStyle()).hasToString("VIRTUAL_HOST");
            });
    }

    private static MinioConnectionDetails connectionDetails(String endpoint) {
        return new MinioConnectionDetails() {

            @Override
            public String endpoint() {
                return endpoint;
            }

            @Override
            public String accessKey() {
                return "details-key";
            }

            @Override
            public String secretKey() {
                return "details-secret";
            }

            @Override
            public String region() {
                return "ap-south-1";
            }

        };
    }

    @Configuration(proxyBeanMethods = false)
    static class UserTemplateConfiguration {

        @Bean
        MinioTemplate userTemplate() {
            return MinioTemplate.builder().endpoint("http://user.example:9000").build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.context.properties.EnableConfigurationProperties(MinioProperties.class)
    static class PropertiesOnlyConfiguration {

    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {

        @Bean
        @Order(2)
        MinioRestClientCustomizer second() {
            return (builder) -> builder.defaultHeader("X-Customized", "second");
        }

        @Bean
        @Order(1)
        MinioRestClientCustomizer first() {
            return (builder) -> builder.defaultHeader("X-Customized", "first")
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().set("X-Intercepted", "yes");
                    return execution.execute(request, body);
                });
        }

    }

    static class FixedHeaderSigner implements S3RequestSigner {

        @Override
        public HttpHeaders sign(SigningRequest request) {
            HttpHeaders headers = new HttpHeaders();
            headers.set("Authorization", "custom");
            return headers;
        }

        @Override
        public URI presign(SigningRequest request, Duration expiry) {
            return request.uri();
        }

        @Override
        public String signPostPolicy(String base64Policy, MinioCredentials credentials, String region,
                java.time.Instant date) {
            return "custom-policy-signature";
        }

    }

}
