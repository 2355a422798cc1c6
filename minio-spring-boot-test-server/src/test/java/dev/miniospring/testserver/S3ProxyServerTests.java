package dev.miniospring.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts S3Proxy with additional properties (an HTTPS endpoint with a key store) and
 * checks that the server applies them; and with the optimizing compiler for measurements.
 */
class S3ProxyServerTests {

    private static final String PASSWORD = "test-password";

    @Test
    void additionalPropertiesOpenAnHttpsEndpoint(@TempDir Path directory) throws Exception {
        Path keyStore = generateKeyStore(directory.resolve("server.p12"));
        URI secure = URI.create("https://127.0.0.1:" + freePort());
        try (S3ProxyServer server = S3ProxyServer.start(directory.resolve("s3proxy"), "key", "secret-123",
                Map.of("s3proxy.secure-endpoint", secure.toString(), "s3proxy.keystore-path", keyStore.toString(),
                        "s3proxy.keystore-password", PASSWORD))) {
            HttpResponse<Void> response = trusting(keyStore).send(
                    HttpRequest.newBuilder(secure.resolve("/")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.sslSession()).isPresent();
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(server.endpoint().getScheme()).isEqualTo("http");
        }
    }

    @Test
    void anOptimizedServerRunsWithTheOptimizingCompiler(@TempDir Path directory) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "needs /proc (Linux)");
        try (S3ProxyServer server = S3ProxyServer.startOptimized(directory, "key", "secret-123", Map.of())) {
            List<String> arguments = ProcessHandle.current()
                .children()
                .map(S3ProxyServerTests::commandLine)
                .filter((args) -> args.contains("org.gaul.s3proxy.Main"))
                .findFirst()
                .orElseThrow();
            assertThat(arguments).noneMatch((argument) -> argument.startsWith("-XX:TieredStopAtLevel"));
            HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(server.endpoint().resolve("/")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(server.cpuTime()).hasValueSatisfying((cpu) -> assertThat(cpu).isPositive());
        }
    }

    private static List<String> commandLine(ProcessHandle process) {
        try {
            return List.of(Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).split("\0"));
        }
        catch (IOException ex) {
            return List.of();
        }
    }

    private static Path generateKeyStore(Path keyStore) throws Exception {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "test", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "1", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD)
            .redirectErrorStream(true)
            .start();
        keytool.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        return keyStore;
    }

    private static HttpClient trusting(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

}
