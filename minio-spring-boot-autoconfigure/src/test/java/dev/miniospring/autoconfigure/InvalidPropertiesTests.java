package dev.miniospring.autoconfigure;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.miniospring.autoconfigure.health.MinioHealthContributorAutoConfiguration;
import dev.miniospring.test.FailureAnalyses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bounded {@code minio.*} property fails start-up, when out of range, with Spring
 * Boot's failure analysis naming the property, the value as written and the allowed range
 * in the property's units; the secret key is never quoted.
 */
class InvalidPropertiesTests {

    private static final String SECRET = "invalid-properties-secret";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(MinioAutoConfiguration.class, MinioHealthContributorAutoConfiguration.class))
        .withPropertyValues("minio.endpoint=http://localhost:9000", "minio.access-key=access",
                "minio.secret-key=" + SECRET);

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            minio.part-size                       | 1MB    | must be between 5MB and 2047MB
            minio.part-size                       | 3GB    | must be between 5MB and 2047MB
            minio.part-size                       | 100KB  | must be between 5MB and 2047MB
            minio.upload-concurrency              | 0      | must be at least 1
            minio.max-connections                 | 0      | must be at least 1
            minio.connect-timeout                 | 0s     | must be positive (at least 1ms)
            minio.read-timeout                    | -1s    | must be positive (at least 1ms)
            minio.connection-acquisition-timeout  | 0ms    | must be positive (at least 1ms)
            minio.retry.max-attempts              | 0      | must be at least 1
            minio.retry.base-delay                | -5ms   | must be at least 0ms
            minio.retry.max-delay                 | 50ms   | must be at least minio.retry.base-delay (100ms)
            minio.retry.api-call-timeout          | 0s     | must be positive (at least 1ms)
            minio.retry.budget.capacity           | -1     | must be at least 0
            minio.retry.budget.retry-cost         | -1     | must be at least 0
            minio.retry.budget.timeout-retry-cost | -1     | must be at least 0
            minio.public-endpoint                 | ftp://files.example.com | must be a valid http or https URL
            minio.health.timeout                  | 0s     | must be positive (at least 1ms)
            minio.download.part-size              | 512KB  | must be at least 1MB
            minio.download.concurrency            | 0      | must be at least 1
            """)
    void anOutOfRangeValueFailsStartUpNamingThePropertyTheValueAndTheRange(String property, String value,
            String range) {
        FailureAnalysis analysis = analyzeStartUp(property + "=" + value);
        assertThat(analysis.getDescription()).contains("Invalid value '" + value + "'")
            .contains("configuration property '" + property + "'")
            .contains(property + " " + range.strip())
            .doesNotContain(SECRET);
    }

    private FailureAnalysis analyzeStartUp(String property) {
        AtomicReference<ConfigurableEnvironment> environment = new AtomicReference<>();
        AtomicReference<List<FailureAnalysis>> analyses = new AtomicReference<>();
        this.runner.withInitializer((context) -> environment.set(context.getEnvironment()))
            .withPropertyValues(property)
            .run((context) -> {
                assertThat(context).hasFailed();
                analyses.set(FailureAnalyses.analyze(context.getStartupFailure(), environment.get()));
            });
        assertThat(analyses.get()).isNotEmpty();
        return analyses.get().get(0);
    }

}
