package dev.miniospring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.internal.upload.UploadSettings;
import dev.miniospring.object.DownloadOptions;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Checks the bounded {@code minio.*} properties at start-up; a value out of range fails
 * with an {@link InvalidConfigurationPropertyValueException} naming the property, the
 * value as written and the allowed range in the property's units, which Spring Boot's
 * failure analysis reports.
 */
final class MinioPropertyChecks {

    private static final DataSize MIN_PART_SIZE = DataSize.ofBytes(UploadSettings.MIN_PART_SIZE);

    private static final DataSize MAX_PART_SIZE = DataSize.ofBytes(UploadSettings.MAX_BUFFERED_PART_SIZE);

    private static final DataSize MIN_DOWNLOAD_PART_SIZE = DataSize.ofBytes(DownloadOptions.MIN_PART_SIZE);

    private final Binder binder;

    private MinioPropertyChecks(Environment environment) {
        this.binder = Binder.get(environment);
    }

    /**
     * Checks the properties.
     * @param properties the bound properties
     * @param environment the environment they were bound from, to quote values as written
     * @throws InvalidConfigurationPropertyValueException for the first value out of range
     */
    static void check(MinioProperties properties, Environment environment) {
        MinioPropertyChecks checks = new MinioPropertyChecks(environment);
        checks.connection(properties);
        checks.uploads(properties);
        checks.downloads(properties.download());
        checks.retry(properties.retry());
    }

    private void connection(MinioProperties properties) {
        String publicEndpoint = properties.publicEndpoint();
        if (StringUtils.hasText(publicEndpoint)) {
            try {
                S3Endpoint.of(publicEndpoint, properties.addressingStyle());
            }
            catch (IllegalArgumentException ex) {
                fail("minio.public-endpoint", publicEndpoint, "must be a valid http or https URL: " + ex.getMessage());
            }
        }
        positiveOrUnset("minio.connect-timeout", properties.connectTimeout());
        positiveOrUnset("minio.read-timeout", properties.readTimeout());
        atLeast("minio.max-connections", properties.maxConnections(), 1);
        positiveOrUnset("minio.connection-acquisition-timeout", properties.connectionAcquisitionTimeout());
    }

    private void uploads(MinioProperties properties) {
        DataSize partSize = properties.partSize();
        if (partSize.compareTo(MIN_PART_SIZE) < 0 || partSize.compareTo(MAX_PART_SIZE) > 0) {
            fail("minio.part-size", partSize, "must be between 5MB and 2047MB: S3 parts are at least 5MB, and each "
                    + "part is buffered in memory in one array");
        }
        atLeast("minio.upload-concurrency", properties.uploadConcurrency(), 1);
    }

    private void downloads(MinioProperties.Download download) {
        if (download.partSize().compareTo(MIN_DOWNLOAD_PART_SIZE) < 0) {
            fail("minio.download.part-size", download.partSize(), "must be at least 1MB");
        }
        atLeast("minio.download.concurrency", download.concurrency(), 1);
    }

    private void retry(MinioProperties.Retry retry) {
        atLeast("minio.retry.max-attempts", retry.maxAttempts(), 1);
        if (retry.baseDelay().isNegative()) {
            fail("minio.retry.base-delay", retry.baseDelay(), "must be at least 0ms");
        }
        if (retry.maxDelay().compareTo(retry.baseDelay()) < 0) {
            fail("minio.retry.max-delay", retry.maxDelay(),
                    "must be at least minio.retry.base-delay (" + retry.baseDelay().toMillis() + "ms)");
        }
        positiveOrUnset("minio.retry.api-call-timeout", retry.apiCallTimeout());
        atLeast("minio.retry.budget.capacity", retry.budget().capacity(), 0);
        atLeast("minio.retry.budget.retry-cost", retry.budget().retryCost(), 0);
        atLeast("minio.retry.budget.timeout-retry-cost", retry.budget().timeoutRetryCost(), 0);
    }

    private void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            fail(name, value, "must be at least " + minimum);
        }
    }

    private void positiveOrUnset(String name, @Nullable Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            fail(name, value, "must be positive (at least 1ms)");
        }
    }

    private void fail(String name, Object value, String reason) {
        Object written = this.binder.bind(name, String.class).map(Object.class::cast).orElse(value);
        throw new InvalidConfigurationPropertyValueException(name, written, name + " " + reason);
    }

}
