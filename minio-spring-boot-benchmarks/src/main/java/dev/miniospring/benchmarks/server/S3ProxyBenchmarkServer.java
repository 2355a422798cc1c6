package dev.miniospring.benchmarks.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.miniospring.benchmarks.TempDirectory;
import dev.miniospring.benchmarks.tls.SelfSignedCertificate;
import dev.miniospring.testserver.S3ProxyServer;

/**
 * S3Proxy with its filesystem backend and SigV4 verification, in a child JVM with the
 * optimizing JIT compiler (the quick-start tier of the tests lacks the AES-GCM, MD5 and
 * SHA-256 intrinsics and would measure the server's interpreter-grade crypto): a real,
 * signing server, over HTTP or, with a certificate, over HTTPS (its
 * {@code s3proxy.secure-endpoint}). Its temporary data directory is deleted on close.
 */
public final class S3ProxyBenchmarkServer implements BenchmarkServer {

    private final S3ProxyServer server;

    private final TempDirectory workDirectory;

    private final URI endpoint;

    private final SelfSignedCertificate certificate;

    private S3ProxyBenchmarkServer(S3ProxyServer server, TempDirectory workDirectory, URI endpoint,
            SelfSignedCertificate certificate) {
        this.server = server;
        this.workDirectory = workDirectory;
        this.endpoint = endpoint;
        this.certificate = certificate;
    }

    /**
     * Starts S3Proxy.
     * @param certificate the certificate of its HTTPS endpoint, which the clients then
     * use, or {@code null} for HTTP
     * @return the running server
     * @throws IOException when its directory cannot be created or no free port is found
     */
    public static S3ProxyBenchmarkServer start(SelfSignedCertificate certificate) throws IOException {
        TempDirectory workDirectory = TempDirectory.create("s3proxy-bench");
        if (certificate == null) {
            S3ProxyServer server = S3ProxyServer.startOptimized(workDirectory.path(), "benchmark",
                    "benchmark-secret-key", Map.of());
            return new S3ProxyBenchmarkServer(server, workDirectory, server.endpoint(), null);
        }
        URI secure = URI.create("https://127.0.0.1:" + freePort());
        S3ProxyServer server = S3ProxyServer.startOptimized(workDirectory.path(), "benchmark", "benchmark-secret-key",
                Map.of("s3proxy.secure-endpoint", secure.toString(), "s3proxy.keystore-path",
                        certificate.keyStore().toString(), "s3proxy.keystore-password", certificate.password()));
        return new S3ProxyBenchmarkServer(server, workDirectory, secure, certificate);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String name() {
        return (this.certificate != null) ? "S3Proxy https" : "S3Proxy";
    }

    @Override
    public URI endpoint() {
        return this.endpoint;
    }

    @Override
    public String accessKey() {
        return this.server.accessKey();
    }

    @Override
    public String secretKey() {
        return this.server.secretKey();
    }

    @Override
    public SelfSignedCertificate certificate() {
        return this.certificate;
    }

    @Override
    public boolean stateless() {
        return false;
    }

    @Override
    public long cpuNanos() {
        return this.server.cpuTime().map(Duration::toNanos).orElse(-1L);
    }

    @Override
    public void close() {
        this.server.close();
        this.workDirectory.close();
    }

}
