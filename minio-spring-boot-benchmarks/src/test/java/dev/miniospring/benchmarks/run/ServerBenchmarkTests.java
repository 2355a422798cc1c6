package dev.miniospring.benchmarks.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.miniospring.benchmarks.clients.ClientKind;
import dev.miniospring.benchmarks.server.BenchmarkServer;
import dev.miniospring.benchmarks.server.NullS3Server;
import dev.miniospring.benchmarks.tls.SelfSignedCertificate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs of the large-object rows against the do-nothing S3 server, counted by the uploads
 * the server saw.
 */
class ServerBenchmarkTests {

    private static final int LARGE_OPERATIONS = 2;

    @Test
    void largeObjectRowsAreWarmedUpTogetherBeforeTheFirstIsMeasured() throws Exception {
        try (NullS3Server server = NullS3Server.start(1024 * 1024, 1024, null)) {
            RunSettings settings = new RunSettings(1, Duration.ofMillis(10), Duration.ofMillis(10), LARGE_OPERATIONS,
                    1024 * 1024, 1024);
            List<Measurement> measurements = new ServerBenchmark(new InProcessServer(server),
                    List.of(ClientKind.of("template-hc5-checksum")), settings)
                .run(Scenarios.of(List.of("large")));
            assertThat(measurements).hasSize(3).allSatisfy((measurement) -> assertThat(measurement.failure()).isNull());
            int perRow = LARGE_OPERATIONS + 1 + LARGE_OPERATIONS;
            assertThat(payloadModes(server.endpoint())).contains("uploads=" + 2 * perRow + "\n");
        }
    }

    private static String payloadModes(URI endpoint) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/__payload-modes"))
            .timeout(Duration.ofSeconds(30))
            .build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).body();
    }

    private record InProcessServer(NullS3Server server) implements BenchmarkServer {

        @Override
        public String name() {
            return "do-nothing";
        }

        @Override
        public URI endpoint() {
            return this.server.endpoint();
        }

        @Override
        public String accessKey() {
            return "benchmark";
        }

        @Override
        public String secretKey() {
            return "benchmark-secret";
        }

        @Override
        public SelfSignedCertificate certificate() {
            return null;
        }

        @Override
        public boolean stateless() {
            return true;
        }

        @Override
        public void close() {
            this.server.close();
        }

    }

}
