package dev.miniospring.benchmarks.soak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.miniospring.MinioException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.http.HttpComponentsClients;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.testserver.S3ProxyServer;
import dev.miniospring.testserver.fault.Fault;
import dev.miniospring.testserver.fault.FaultProxy;
import dev.miniospring.testserver.fault.FaultRule;
import dev.miniospring.testserver.fault.Requests;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;

/**
 * The fault soak: worker threads run mixed operations through a {@link FaultProxy} that
 * faults a share of the requests at random; afterwards every acknowledged write is read
 * back directly from S3Proxy and compared by SHA-256, and the bucket is checked for
 * multipart uploads left behind. Exits with status 1 when a write was lost, an upload was
 * left behind, a result was wrong or an operation hung. See {@link SoakOptions} for the
 * command line.
 */
public final class FaultSoakApplication {

    private static final Duration HANG_LIMIT = Duration.ofMinutes(2);

    private FaultSoakApplication() {
    }

    /**
     * Runs the soak.
     * @param args see {@link SoakOptions}
     * @throws Exception on setup failure
     */
    public static void main(String[] args) throws Exception {
        SoakOptions options = SoakOptions.parse(args);
        Path work = Files.createTempDirectory("fault-soak");
        try (S3ProxyServer server = S3ProxyServer.start(work.resolve("s3proxy"), "soak", "soak-secret-key");
                FaultProxy proxy = FaultProxy.start(server.endpoint())) {
            proxy.recordRequests(false);
            MinioTemplate direct = builder(server, server.endpoint().toString()).build();
            String bucket = "soak-" + System.currentTimeMillis();
            direct.makeBucket(bucket);
            proxy.add(FaultRule.when(Requests.any())
                .always()
                .then(Fault.randomly(new Random(options.seed()), options.faultRate(),
                        SoakFaults.of(options.wrongAnswers()))));
            MinioTemplate template = builder(server, proxy.endpoint().toString()).build();
            SoakLedger ledger = new SoakLedger();
            SoakStats stats = new SoakStats();
            List<String> hung = runWorkers(options, template, bucket, ledger, stats, work);
            proxy.clearRules();
            Verification verification = verify(direct, bucket, ledger);
            System.out.println(SoakReport.render(options, stats, proxy.appliedFaults(), hung, verification,
                    ledger.uncertainCount()));
            boolean clean = hung.isEmpty() && verification.lost().isEmpty() && verification.orphanedUploads() == 0
                    && stats.wrongResults() == 0;
            System.exit(clean ? 0 : 1);
        }
    }

    private static MinioTemplateBuilder builder(S3ProxyServer server, String endpoint) {
        return MinioTemplate.builder()
            .endpoint(endpoint)
            .credentials(server.accessKey(), server.secretKey())
            .region("us-east-1")
            .partSize(5 * 1024 * 1024)
            .uploadConcurrency(2)
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(1)))
            .requestFactory(HttpComponentsClients.forS3(ClientHttpRequestFactoryBuilder.httpComponents())
                .build(HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))));
    }

    private static List<String> runWorkers(SoakOptions options, MinioTemplate template, String bucket,
            SoakLedger ledger, SoakStats stats, Path work) throws InterruptedException {
        long deadline = System.nanoTime() + options.duration().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.threads(); i++) {
            Path directory = work.resolve("downloads-" + i);
            SoakWorker.createDirectory(directory);
            Thread thread = new Thread(new SoakWorker(i, template, bucket, ledger, stats, deadline, directory),
                    "soak-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        long hangDeadline = deadline + HANG_LIMIT.toNanos();
        List<String> hung = new ArrayList<>();
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(hangDeadline - System.nanoTime())));
            if (thread.isAlive()) {
                hung.add(thread.getName() + " at "
                        + List.of(thread.getStackTrace()).subList(0, Math.min(8, thread.getStackTrace().length)));
            }
        }
        return hung;
    }

    private static Verification verify(MinioTemplate direct, String bucket, SoakLedger ledger) throws IOException {
        Map<String, SoakLedger.Entry> acknowledged = ledger.acknowledged();
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, SoakLedger.Entry> write : acknowledged.entrySet()) {
            if (!readsBack(direct, bucket, write.getKey(), write.getValue())) {
                lost.add(write.getKey());
            }
        }
        long orphaned = direct.listIncompleteUploads(bucket, null, true).count();
        return new Verification(acknowledged.size(), lost, orphaned);
    }

    private static boolean readsBack(MinioTemplate direct, String bucket, String key, SoakLedger.Entry entry)
            throws IOException {
        try (InputStream in = direct.getObject(bucket, key)) {
            return entry.matches(in.readAllBytes());
        }
        catch (MinioException ex) {
            return false;
        }
    }

    /**
     * The final check of the server's state.
     *
     * @param verified the number of acknowledged writes read back
     * @param lost the acknowledged writes that did not read back identical
     * @param orphanedUploads the multipart uploads left in the bucket
     */
    record Verification(int verified, List<String> lost, long orphanedUploads) {

    }

}
