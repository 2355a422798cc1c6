package dev.miniospring.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.core.MinioOperations;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.observation.DefaultMinioObservationConvention;
import dev.miniospring.test.WireMockExtension;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured prototype {@link MinioTemplateBuilder} bean: it carries the
 * application's settings, so that a template built from it for another server is observed
 * and customized like the auto-configured one, which stays.
 */
@ExtendWith({ WireMockExtension.class, OutputCaptureExtension.class })
class MinioTemplateBuilderBeanTests {

    private static final String EMPTY_BUCKET_LIST = "<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>";

    private WireMockServer server;

    private ApplicationContextRunner runner;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withBody(EMPTY_BUCKET_LIST)));
        this.runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=http://localhost:9", "minio.access-key=AK", "minio.secret-key=SK",
                    "archive.endpoint=" + this.server.baseUrl());
    }

    @Test
    void theBuilderIsAFreshInstanceForEveryInjectionPoint() {
        this.runner.run((context) -> assertThat(context.getBean(MinioTemplateBuilder.class))
            .isNotSameAs(context.getBean(MinioTemplateBuilder.class)));
    }

    @Test
    void anExtraTemplateKeepsTheAutoConfiguredOne(CapturedOutput output) {
        this.runner.withUserConfiguration(ArchiveConfiguration.class).run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(MinioTemplate.class)).containsKeys("minioTemplate", "archive");
            assertThat(context.getBean(MinioOperations.class)).isSameAs(context.getBean("minioTemplate"));
        });
        assertThat(output).doesNotContain("no MinioTemplate was auto-configured");
    }

    @Test
    void anExtraTemplateIsObservedWithTheApplicationsRegistry() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withUserConfiguration(ArchiveConfiguration.class)
            .withBean(ObservationRegistry.class, () -> registry)
            .run((context) -> {
                context.getBean("archive", MinioTemplate.class).listBuckets();
                TestObservationRegistryAssert.assertThat(registry)
                    .hasObservationWithNameEqualTo(DefaultMinioObservationConvention.NAME)
                    .that()
                    .hasLowCardinalityKeyValue("operation", "listBuckets");
            });
    }

    @Test
    void builderCustomizersApplyToEveryTemplate() {
        this.runner.withUserConfiguration(ArchiveConfiguration.class)
            .withPropertyValues("minio.endpoint=" + this.server.baseUrl())
            .withBean(MinioTemplateBuilderCustomizer.class,
                    () -> (builder) -> builder
                        .restClientCustomizer((restClient) -> restClient.defaultHeader("X-Customized", "yes")))
            .run((context) -> {
                context.getBean("archive", MinioTemplate.class).listBuckets();
                context.getBean("minioTemplate", MinioTemplate.class).listBuckets();
                this.server.verify(2, getRequestedFor(urlEqualTo("/")).withHeader("X-Customized", equalTo("yes")));
            });
    }

    @Test
    void aTemplateBeanThatIsADefaultCandidateReplacesTheAutoConfiguredOneWithAWarning(CapturedOutput output) {
        this.runner.withUserConfiguration(ReplacementConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(MinioTemplate.class);
            assertThat(context).hasBean("replacement").doesNotHaveBean("minioTemplate");
        });
        assertThat(output)
            .contains("minio.endpoint is set, but no MinioTemplate was auto-configured for it: "
                    + "[replacement] of type MinioOperations took its place")
            .contains("@Bean(defaultCandidate = false)");
    }

    @Configuration(proxyBeanMethods = false)
    static class ArchiveConfiguration {

        @Bean(defaultCandidate = false)
        @Qualifier("archive")
        MinioTemplate archive(MinioTemplateBuilder builder, @Value("${archive.endpoint}") String endpoint) {
            return builder.endpoint(endpoint).credentials("archive-access", "archive-secret").build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class ReplacementConfiguration {

        @Bean
        MinioTemplate replacement(MinioTemplateBuilder builder) {
            return builder.endpoint("http://localhost:9").build();
        }

    }

}
