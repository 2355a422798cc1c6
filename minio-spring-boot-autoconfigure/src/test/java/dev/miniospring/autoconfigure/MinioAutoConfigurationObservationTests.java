package dev.miniospring.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.test.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.observation.DefaultMinioObservationConvention;
import dev.miniospring.observation.MicrometerTransferMetrics;
import dev.miniospring.observation.MinioObservationConvention;
import dev.miniospring.observation.TransferMetrics;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.observation.ClientRequestObservationConvention;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observation and meter wiring of {@link MinioAutoConfiguration}.
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationObservationTests {

    private WireMockServer server;

    private ApplicationContextRunner runner;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.server.stubFor(get(urlEqualTo("/")).willReturn(
                aResponse().withStatus(200).withBody("<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>")));
        this.runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + this.server.baseUrl(), "minio.access-key=AK",
                    "minio.secret-key=SK");
    }

    @Test
    void observesWithTheApplicationsObservationRegistry() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
            context.getBean(MinioTemplate.class).listBuckets();
            TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(DefaultMinioObservationConvention.NAME)
                .that()
                .hasLowCardinalityKeyValue("operation", "listBuckets");
        });
    }

    @Test
    void recordsHttpClientObservationsWithoutBootsRestClientBuilder() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
            assertThat(context).doesNotHaveBean(RestClient.Builder.class);
            context.getBean(MinioTemplate.class).listBuckets();
            TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo("http.client.requests")
                .that()
                .hasLowCardinalityKeyValue("method", "GET")
                .hasLowCardinalityKeyValue("status", "200");
        });
    }

    @Test
    void namesHttpClientObservationsAsBootsPropertySays() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry)
            .withPropertyValues("management.observations.http.client.requests.name=storage.http")
            .run((context) -> {
                context.getBean(MinioTemplate.class).listBuckets();
                TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("storage.http");
            });
    }

    @Test
    void usesTheApplicationsClientRequestConventionWithoutBootsRestClientBuilder() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry)
            .withBean(ClientRequestObservationConvention.class,
                    () -> new DefaultClientRequestObservationConvention("app.http"))
            .run((context) -> {
                context.getBean(MinioTemplate.class).listBuckets();
                TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("app.http");
            });
    }

    @Test
    void usesACustomConventionBean() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry)
            .withBean(MinioObservationConvention.class, () -> new DefaultMinioObservationConvention() {
                @Override
                public String getName() {
                    return "storage.calls";
                }
            })
            .run((context) -> {
                context.getBean(MinioTemplate.class).listBuckets();
                TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("storage.calls");
            });
    }

    @Test
    void registersTransferMetersWhenAMeterRegistryExists() {
        this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
            assertThat(context).getBean(TransferMetrics.class).isInstanceOf(MicrometerTransferMetrics.class);
            assertThat(context.getBean(MeterRegistry.class).find("minio.client.multipart.uploads.active").gauge())
                .isNotNull();
        });
    }

    @Test
    void neverRegistersAGlobalClientRequestConvention() {
        this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run((context) -> assertThat(context).doesNotHaveBean(ClientRequestObservationConvention.class));
    }

    @Test
    void worksWithoutMicrometerCore() {
        this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(MinioTemplate.class)
                .doesNotHaveBean(TransferMetrics.class));
    }

    @Test
    void bindsBucketTagProperty() {
        this.runner.withPropertyValues("minio.observations.bucket-tag=true")
            .run((context) -> assertThat(context.getBean(MinioObservationProperties.class).bucketTag()).isTrue());
    }

}
