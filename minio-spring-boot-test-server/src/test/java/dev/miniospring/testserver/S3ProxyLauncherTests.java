package dev.miniospring.testserver;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Runs the launcher's {@code main} as a developer does
 * ({@code java -cp … S3ProxyLauncher}), reads what it prints, and stops it like Ctrl+C
 * does.
 */
class S3ProxyLauncherTests {

    @Test
    void launcherPrintsEndpointAndKeysAndStopsTheServerWithItsJvm(@TempDir Path directory) throws Exception {
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), S3ProxyLauncher.class.getName(), "--port=0",
                "--directory=" + directory, "--access-key=dev-key", "--secret-key=dev-secret-123")
            .redirectErrorStream(true)
            .start();
        try {
            List<String> lines = CompletableFuture.supplyAsync(() -> readUntilSecretKey(launcher))
                .get(120, TimeUnit.SECONDS);
            assertThat(lines).contains("  access key: dev-key", "  secret key: dev-secret-123",
                    "  minio.access-key=dev-key", "  minio.secret-key=dev-secret-123");
            URI endpoint = URI.create(value(lines, "  minio.endpoint="));
            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            assertThat(HttpProbe.answers(endpoint)).isTrue();
            launcher.destroy();
            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(HttpProbe.answers(endpoint)).isFalse();
        }
        finally {
            launcher.destroyForcibly();
        }
    }

    @Test
    void unknownOptionIsRejectedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> S3ProxyLauncher.parse(new String[] { "--prot=9000" }))
            .withMessageContaining("'--prot=9000'");
    }

    @Test
    void emptyOptionIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> S3ProxyLauncher.parse(new String[] { "--port=" }))
            .withMessageContaining("'--port='");
    }

    @Test
    void optionsAreParsed() {
        assertThat(S3ProxyLauncher.parse(new String[] { "--port=9100", "--directory=/tmp/s3" }))
            .containsEntry("port", "9100")
            .containsEntry("directory", "/tmp/s3")
            .hasSize(2);
    }

    private static List<String> readUntilSecretKey(Process launcher) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("  minio.secret-key=")) {
                    return lines;
                }
            }
            throw new IllegalStateException("The launcher exited without printing its keys: " + lines);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream()
            .filter((line) -> line.startsWith(prefix))
            .findFirst()
            .orElseThrow()
            .substring(prefix.length());
    }

}
