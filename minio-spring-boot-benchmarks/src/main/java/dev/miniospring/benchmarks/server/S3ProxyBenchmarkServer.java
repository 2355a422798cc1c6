package dev.miniospring.benchmarks.server;

import java.net.URI;
import java.nio.file.Path;

import dev.miniospring.testserver.S3ProxyServer;

/**
 * S3Proxy with its filesystem backend and SigV4 verification, in a child JVM: a real, signing server.
 */
public final class S3ProxyBenchmarkServer implements BenchmarkServer {

    private final S3ProxyServer server;

    private S3ProxyBenchmarkServer(S3ProxyServer server) {
        this.server = server;
    }

    /**
     * Starts S3Proxy.
     * @param workDirectory its data directory
     * @return the running server
     */
    public static S3ProxyBenchmarkServer start(Path workDirectory) {
        return new S3ProxyBenchmarkServer(S3ProxyServer.start(workDirectory, "benchmark", "benchmark-secret-key"));
    }

    @Override
    public String name() {
        return "S3Proxy";
    }

    @Override
    public URI endpoint() {
        return this.server.endpoint();
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
    public boolean stateless() {
        return false;
    }

    @Override
    public void close() {
        this.server.close();
    }

}
