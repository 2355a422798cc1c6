package dev.miniospring.testserver;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real, signature-verifying S3 server (S3Proxy with its filesystem backend) running in
 * a child JVM on a free loopback port.
 *
 * <p>
 * The child JVM gets S3Proxy's own resolved classpath, so its library versions never meet
 * the caller's. The server is ready when {@link #start} returns and is stopped by
 * {@link #close()} or, at the latest, when the calling JVM exits.
 *
 * @since 0.1.0
 */
public final class S3ProxyServer implements S3TestServer {

    private static final String CLASSPATH_RESOURCE = "s3proxy.classpath";

    private static final String LOGBACK_RESOURCE = "s3proxy-logback.xml";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private static final int START_ATTEMPTS = 3;

    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    private final Process process;

    private final URI endpoint;

    private final String accessKey;

    private final String secretKey;

    private final Path logFile;

    private final Thread shutdownHook;

    private S3ProxyServer(Process process, URI endpoint, String accessKey, String secretKey, Path logFile) {
        this.process = process;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.logFile = logFile;
        this.shutdownHook = new Thread(this::stopProcess, "s3proxy-shutdown");
        Runtime.getRuntime().addShutdownHook(this.shutdownHook);
    }

    /**
     * Starts S3Proxy with SigV4/SigV2 authentication and waits until it answers HTTP
     * requests.
     * @param workDirectory a directory for the server's data, configuration and log;
     * created when missing
     * @param accessKey the access key the server accepts
     * @param secretKey the secret key the server accepts
     * @return the running server
     */
    public static S3ProxyServer start(Path workDirectory, String accessKey, String secretKey) {
        return start(workDirectory, accessKey, secretKey, 0);
    }

    /**
     * Starts S3Proxy with SigV4/SigV2 authentication on a given loopback port and waits
     * until it answers HTTP requests.
     * @param workDirectory a directory for the server's data, configuration and log;
     * created when missing
     * @param accessKey the access key the server accepts
     * @param secretKey the secret key the server accepts
     * @param port the port to listen on, or 0 for a free one
     * @return the running server
     */
    public static S3ProxyServer start(Path workDirectory, String accessKey, String secretKey, int port) {
        return start(workDirectory, accessKey, secretKey, port, Map.of(), QUICK_START);
    }

    /**
     * Starts S3Proxy like {@link #start(Path, String, String)} with more S3Proxy
     * properties, such as {@code s3proxy.secure-endpoint}, {@code s3proxy.keystore-path}
     * and {@code s3proxy.keystore-password} for an HTTPS endpoint next to the HTTP one
     * that {@link #endpoint()} returns (and readiness is checked on).
     * @param workDirectory a directory for the server's data, configuration and log;
     * created when missing
     * @param accessKey the access key the server accepts
     * @param secretKey the secret key the server accepts
     * @param properties the additional properties
     * @return the running server
     */
    public static S3ProxyServer start(Path workDirectory, String accessKey, String secretKey,
            Map<String, String> properties) {
        return start(workDirectory, accessKey, secretKey, 0, Map.copyOf(properties), QUICK_START);
    }

    /**
     * Starts S3Proxy like {@link #start(Path, String, String, Map)}, in a JVM with the
     * optimizing JIT compiler, for measurements: the other methods stop at the first
     * compilation tier for a quick start, which lacks the intrinsics of AES-GCM, MD5 and
     * SHA-256 (HTTPS through it then runs at about 40 MiB/s per core).
     * @param workDirectory a directory for the server's data, configuration and log;
     * created when missing
     * @param accessKey the access key the server accepts
     * @param secretKey the secret key the server accepts
     * @param properties the additional properties
     * @return the running server
     */
    public static S3ProxyServer startOptimized(Path workDirectory, String accessKey, String secretKey,
            Map<String, String> properties) {
        return start(workDirectory, accessKey, secretKey, 0, Map.copyOf(properties), List.of());
    }

    private static S3ProxyServer start(Path workDirectory, String accessKey, String secretKey, int port,
            Map<String, String> properties, List<String> jvmOptions) {
        Objects.requireNonNull(workDirectory, "workDirectory");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("'port' must be between 0 and 65535");
        }
        IllegalStateException failure = new IllegalStateException("S3Proxy did not start");
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(workDirectory, accessKey, secretKey, port, properties, jvmOptions);
            }
            catch (IllegalStateException ex) {
                failure.addSuppressed(ex);
            }
        }
        throw failure;
    }

    private static S3ProxyServer startOnce(Path workDirectory, String accessKey, String secretKey, int port,
            Map<String, String> properties, List<String> jvmOptions) {
        try {
            Path dataDirectory = Files.createDirectories(workDirectory.resolve("data"));
            URI endpoint = URI.create("http://127.0.0.1:" + ((port != 0) ? port : freePort()));
            Path propertiesFile = writeProperties(workDirectory, endpoint, dataDirectory, accessKey, secretKey,
                    properties);
            Path logback = copyResource(LOGBACK_RESOURCE, workDirectory.resolve(LOGBACK_RESOURCE));
            Path log = workDirectory.resolve("s3proxy.log");
            Process process = new ProcessBuilder(command(propertiesFile, logback, jvmOptions)).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            S3ProxyServer server = new S3ProxyServer(process, endpoint, accessKey, secretKey, log);
            server.awaitReady();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not start S3Proxy in " + workDirectory, ex);
        }
    }

    private static List<String> command(Path properties, Path logback, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dlogback.configurationFile=" + logback, "-cp", readClasspath(),
                "org.gaul.s3proxy.Main", "--properties", properties.toString()));
        return command;
    }

    private static String readClasspath() throws IOException {
        try (InputStream in = S3ProxyServer.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + CLASSPATH_RESOURCE
                        + ": build the minio-spring-boot-test-server module with Maven first");
            }
            return requireJars(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
    }

    private static String requireJars(String classpath) {
        for (String jar : classpath.split(File.pathSeparator)) {
            if (!Files.isRegularFile(Path.of(jar))) {
                throw new IllegalStateException("S3Proxy's classpath names " + jar + ", which is not on this machine: "
                        + "build the minio-spring-boot-test-server module here (./mvnw install) to resolve it");
            }
        }
        return classpath;
    }

    private static Path writeProperties(Path workDirectory, URI endpoint, Path dataDirectory, String accessKey,
            String secretKey, Map<String, String> properties) throws IOException {
        StringBuilder content = new StringBuilder(String.join("\n", "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + accessKey,
                "s3proxy.credential=" + secretKey, "jclouds.provider=filesystem", "jclouds.identity=unused",
                "jclouds.credential=unused", "jclouds.filesystem.basedir=" + dataDirectory, ""));
        properties.forEach((name, value) -> content.append(name).append('=').append(value).append('\n'));
        return Files.writeString(workDirectory.resolve("s3proxy.properties"), content);
    }

    private static Path copyResource(String name, Path target) throws IOException {
        try (InputStream in = S3ProxyServer.class.getResourceAsStream(name)) {
            Files.write(target, Objects.requireNonNull(in, name).readAllBytes());
            return target;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!this.process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with " + this.process.exitValue() + ": " + logTail());
            }
            if (HttpProbe.answers(this.endpoint)) {
                return;
            }
            try {
                this.process.waitFor(100, TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("S3Proxy not ready within " + STARTUP_TIMEOUT + ": " + logTail());
    }

    private String logTail() {
        try {
            String log = Files.readString(this.logFile);
            return log.substring(Math.max(0, log.length() - 2000));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Returns the server's base URL, e.g. {@code http://127.0.0.1:41234}.
     * @return the endpoint
     */
    @Override
    public URI endpoint() {
        return this.endpoint;
    }

    /**
     * Returns the access key the server accepts.
     * @return the access key
     */
    @Override
    public String accessKey() {
        return this.accessKey;
    }

    /**
     * Returns the secret key the server accepts.
     * @return the secret key
     */
    @Override
    public String secretKey() {
        return this.secretKey;
    }

    /**
     * Returns the CPU time the server's JVM has used so far (all its threads), to measure
     * what a workload costs the server.
     * @return the CPU time, or empty when the operating system does not report it
     * @since 0.1.0
     */
    public Optional<Duration> cpuTime() {
        return this.process.info().totalCpuDuration();
    }

    /**
     * Waits until the server's JVM exits, which it does when {@link #close()} is called
     * or the calling JVM exits.
     * @return the exit value of the server's JVM
     * @throws InterruptedException if the current thread is interrupted while waiting
     */
    public int waitFor() throws InterruptedException {
        return this.process.waitFor();
    }

    /**
     * Stops the server and waits for its JVM to exit.
     */
    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
        }
        catch (IllegalStateException ex) {
            // the JVM is already shutting down and runs the hook itself
        }
    }

    private void stopProcess() {
        this.process.destroy();
        try {
            if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
                this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            this.process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "S3ProxyServer[" + this.endpoint + "]";
    }

}
