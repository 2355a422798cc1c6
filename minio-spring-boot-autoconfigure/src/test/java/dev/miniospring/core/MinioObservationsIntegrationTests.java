package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.observation.DefaultMinioObservationConvention;
import dev.miniospring.observation.MicrometerTransferMetrics;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Observations ({@code minio.client.operations}, {@code http.client.requests}) and
 * transfer meters against the run's real S3 server.
 */
@S3ServerTest
class MinioObservationsIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private S3TestServer server;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
    }

    private MinioTemplateBuilder builder() {
        return S3ServerExtension.templateBuilder(this.server).region("us-east-1");
    }

    @Test
    void observesOperationsWithNameAndTags() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        MinioTemplate template = builder().observationRegistry(registry).build();
        String bucket = UniqueBucketNames.unique("observed");
        template.makeBucket(bucket);
        template.listBuckets();
        TestObservationRegistryAssert.assertThat(registry)
            .hasNumberOfObservationsWithNameEqualTo("minio.client.operations", 2)
            .forAllObservationsWithNameEqualTo("minio.client.operations",
                    (observation) -> observation.hasLowCardinalityKeyValue("outcome", "SUCCESS")
                        .hasLowCardinalityKeyValue("error", "none")
                        .hasLowCardinalityKeyValue("error.code", "none")
                        .doesNotHaveLowCardinalityKeyValueWithKey("bucket"))
            .hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("operation", "makeBucket")
                .hasContextualNameEqualTo("minio makeBucket"))
            .hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("operation", "listBuckets"));
    }

    @Test
    void tagsErrorsWithTheS3Code() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        MinioTemplate template = builder().observationRegistry(registry).build();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> template.removeBucket(UniqueBucketNames.unique("absent")));
        TestObservationRegistryAssert.assertThat(registry)
            .hasSingleObservationThat()
            .hasLowCardinalityKeyValue("operation", "removeBucket")
            .hasLowCardinalityKeyValue("outcome", "ERROR")
            .hasLowCardinalityKeyValue("error", "MinioErrorResponseException")
            .hasLowCardinalityKeyValue("error.code", "NoSuchBucket")
            .assertThatError()
            .isInstanceOf(MinioErrorResponseException.class);
    }

    @Test
    void tagsTheTimerWithTheS3ErrorCode() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MinioTemplate template = builder().observationRegistry(observationRegistry(meters)).build();
        String bucket = UniqueBucketNames.unique("errortag");
        template.makeBucket(bucket);
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> template.statObject(bucket, "missing.txt"));
        Timer failed = meters.get("minio.client.operations").tag("operation", "statObject").timer();
        assertThat(failed.getId().getTag("error.code")).isEqualTo("NoSuchKey");
        assertThat(failed.getId().getTag("error")).isEqualTo("MinioErrorResponseException");
        assertThat(failed.getId().getTag("outcome")).isEqualTo("ERROR");
        Timer succeeded = meters.get("minio.client.operations").tag("operation", "makeBucket").timer();
        assertThat(succeeded.getId().getTag("error.code")).isEqualTo("none");
    }

    @Test
    void keepsTimerCardinalityBoundedAcrossManyKeysAndAddsBucketOnlyWhenAsked() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MinioTemplate template = builder().observationRegistry(observationRegistry(meters)).build();
        String bucket = UniqueBucketNames.unique("cardinality");
        template.makeBucket(bucket);
        for (int i = 0; i < 60; i++) {
            template.putObject(bucket, "key-" + i + "/file.txt", new ByteArrayInputStream(new byte[] { 1 }), 1);
            template.statObject(bucket, "key-" + i + "/file.txt");
        }
        assertThat(meters.find("minio.client.operations").timers()).hasSize(3)
            .allSatisfy((timer) -> assertThat(timer.getId().getTag("bucket")).isNull());
        Timer puts = meters.get("minio.client.operations").tag("operation", "putObject").timer();
        assertThat(puts.count()).isEqualTo(60);
        MinioTemplate bucketTagged = builder().observationRegistry(observationRegistry(meters))
            .observationConvention(new DefaultMinioObservationConvention(true))
            .build();
        bucketTagged.bucketExists(bucket);
        assertThat(
                meters.get("minio.client.operations").tag("operation", "bucketExists").timer().getId().getTag("bucket"))
            .isEqualTo(bucket);
    }

    @Test
    void httpClientRequestsCarryAUriTemplateNeverTheKey() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        MinioTemplate template = builder().restClientBuilder(RestClient.builder().observationRegistry(registry))
            .build();
        String bucket = UniqueBucketNames.unique("uritag");
        template.makeBucket(bucket);
        template.putObject(bucket, "secret-report/2026.pdf", new ByteArrayInputStream(new byte[10]), 10);
        TestObservationRegistryAssert.assertThat(registry)
            .hasAnObservation((observation) -> observation.hasNameEqualTo("http.client.requests")
                .hasLowCardinalityKeyValue("uri", "/{bucket}/{key}")
                .hasLowCardinalityKeyValue("method", "PUT"))
            .forAllObservationsWithNameEqualTo("http.client.requests", (observation) -> observation
                .doesNotHaveLowCardinalityKeyValue("uri", "/" + bucket + "/secret-report/2026.pdf"));
    }

    @Test
    void countsTransferredBytesAndMultipartUploadsInFlight() throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MinioTemplate template = builder().transferMetrics(new MicrometerTransferMetrics(meters))
            .partSize(5L * MIB)
            .build();
        String bucket = UniqueBucketNames.unique("meters");
        template.makeBucket(bucket);
        int size = 11 * MIB;
        template.putObject(bucket, "big.bin", new ByteArrayInputStream(new byte[size]), -1);
        try (GetObjectResponse download = template.getObject(bucket, "big.bin")) {
            download.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(counter(meters, "minio.client.upload.bytes")).isEqualTo(size);
        assertThat(counter(meters, "minio.client.download.bytes")).isEqualTo(size);
        assertThat(meters.get("minio.client.multipart.uploads.active").gauge().value()).isZero();
    }

    @Test
    void countsSkippedBytesAsDownloaded() throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MinioTemplate template = builder().transferMetrics(new MicrometerTransferMetrics(meters)).build();
        String bucket = UniqueBucketNames.unique("meters");
        template.makeBucket(bucket);
        int size = 3 * MIB;
        template.putObject(bucket, "skipped.bin", new ByteArrayInputStream(new byte[size]), size);
        long skipped = 0;
        try (GetObjectResponse download = template.getObject(bucket, "skipped.bin")) {
            assertThat(download.read()).isZero();
            while (skipped < MIB) {
                skipped += download.skip(MIB - skipped);
            }
            assertThat(download.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(size - 1 - MIB);
        }
        assertThat(counter(meters, "minio.client.download.bytes")).isEqualTo(size);
    }

    private static double counter(MeterRegistry meters, String name) {
        return meters.get(name).counter().count();
    }

    private static ObservationRegistry observationRegistry(MeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return registry;
    }

}
