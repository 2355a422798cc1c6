package dev.miniospring.fault;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template against S3Proxy through a fault-injecting TCP proxy, one named row per
 * fault ({@link FaultRow}): what the caller sees, that the call ends within its bound,
 * and what is left on the server (objects, multipart uploads) and on disk. Run single
 * rows with {@code -Dfaults=ROW_NAME[,ROW_NAME...]}.
 */
@ExtendWith(S3ProxyExtension.class)
@Timeout(90)
class FaultToleranceIntegrationTests {

    /**
     * Faults the template survives: a correct result after retries, or a clear exception
     * and nothing left behind.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("holding")
    void survives(FaultRow row, S3ProxyServer server, @TempDir Path directory) throws Exception {
        run(row, server, directory);
    }

    /**
     * Faults that issue 11 requires the template to fail closed on, each needing the fix
     * of its item.
     */
    @ParameterizedTest(name = "{0} (issue 11 item {1})", allowZeroInvocations = true)
    @MethodSource("needingFixes")
    void failsClosed(FaultRow row, int item, S3ProxyServer server, @TempDir Path directory) throws Exception {
        run(row, server, directory);
    }

    static Stream<FaultRow> holding() {
        return selected().filter((row) -> row.item() == 0);
    }

    static Stream<Object[]> needingFixes() {
        return selected().filter((row) -> row.item() != 0).map((row) -> new Object[] { row, row.item() });
    }

    private static Stream<FaultRow> selected() {
        String names = System.getProperty("faults", "");
        Set<String> wanted = Arrays.stream(names.split(","))
            .map(String::trim)
            .filter((name) -> !name.isEmpty())
            .collect(Collectors.toSet());
        return Arrays.stream(FaultRow.values()).filter((row) -> wanted.isEmpty() || wanted.contains(row.name()));
    }

    private static void run(FaultRow row, S3ProxyServer server, Path directory) throws Exception {
        try (FaultRun run = new FaultRun(server, directory)) {
            Operation operation = row.operation();
            operation.prepare(run);
            row.rules().forEach((rule) -> run.proxy().add(rule.create()));
            Expectation expected = row.expectation();
            BoundedCall call = BoundedCall.run(() -> operation.call(run), expected.bound(), run.proxy());
            assertThat(call.overran())
                .as("%s ended only when the proxy was closed after %s ms (%s); requests: %s;" + " the call was at:%s",
                        row, expected.bound().toMillis(), call.failure(), run.proxy().requests(), call.stack())
                .isFalse();
            assertThat(call.elapsed()).as("duration of %s", row).isLessThan(expected.bound());
            assertOutcome(row, run, expected, call);
            operation.checkState(run, expected.succeeds(call.failure()) || expected.serverActed());
            run.assertNoUploadsLeft();
        }
    }

    private static void assertOutcome(FaultRow row, FaultRun run, Expectation expected, BoundedCall call)
            throws Exception {
        if (expected.failure() == null) {
            assertThat(call.failure()).as("%s: failure of a call expected to succeed", row).isNull();
            row.operation().checkResult(run, call.value());
            return;
        }
        assertThat(call.failure()).as("%s: what the caller sees (result: %s)", row, call.value())
            .isInstanceOf(expected.failure());
        if (expected.code() != null) {
            assertThat(((MinioErrorResponseException) call.failure()).code()).as("%s: S3 error code", row)
                .isEqualTo(expected.code());
        }
        if (expected.message() != null) {
            assertThat(call.failure()).as("%s: message", row).hasMessageContaining(expected.message());
        }
    }

}
