package dev.miniospring.benchmarks.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.miniospring.benchmarks.ChildJvm;
import dev.miniospring.benchmarks.tls.SelfSignedCertificate;

/**
 * The {@link NullS3Server} running in a child JVM, so that the benchmark JVM's CPU time
 * is the clients' alone.
 */
public final class NullS3ServerProcess implements BenchmarkServer {

    private final Process process;

    private final URI endpoint;

    private final SelfSignedCertificate certificate;

    private NullS3ServerProcess(Process process, URI endpoint, SelfSignedCertificate certificate) {
        this.process = process;
        this.endpoint = endpoint;
        this.certificate = certificate;
    }

    /**
     * Starts the server and waits until it accepts requests.
     * @param largeSize the size of objects whose key starts with {@code large}
     * @param fileSize the size of objects whose key starts with {@code file}
     * @param certificate the certificate of an HTTPS server, or {@code null} for HTTP
     * @return the running server
     * @throws IOException when it cannot be started
     */
    public static NullS3ServerProcess start(long largeSize, long fileSize, SelfSignedCertificate certificate)
            throws IOException {
        List<String> args = new ArrayList<>(List.of(Long.toString(largeSize), Long.toString(fileSize)));
        if (certificate != null) {
            args.add(certificate.keyStore().toString());
        }
        ProcessBuilder builder = ChildJvm
            .builder(List.of("-Xmx512m", "-XX:MaxDirectMemorySize=1g", "-XX:+UseParallelGC"), NullS3Server.class, args)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (certificate != null) {
            builder.environment().put(SelfSignedCertificate.PASSWORD_VARIABLE, certificate.password());
        }
        Process process = builder.start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("READY ")) {
            process.destroyForcibly();
            throw new IOException("The do-nothing S3 server did not start: " + line);
        }
        return new NullS3ServerProcess(process, URI.create(line.substring(6).trim()), certificate);
    }

    @Override
    public String name() {
        return (this.certificate != null) ? "do-nothing https" : "do-nothing";
    }

    @Override
    public URI endpoint() {
        return this.endpoint;
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
        return this.certificate;
    }

    @Override
    public boolean stateless() {
        return true;
    }

    @Override
    public long cpuNanos() {
        return this.process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /**
     * Returns the process id of the server's JVM.
     * @return the process id
     */
    public long pid() {
        return this.process.pid();
    }

    /**
     * Returns how each client protected its uploads, as the server saw them.
     * @return one line per client and mode
     */
    public String payloadModes() {
        HttpClient.Builder client = HttpClient.newBuilder();
        if (this.certificate != null) {
            client.sslContext(this.certificate.clientContext());
        }
        try {
            return client.build()
                .send(HttpRequest.newBuilder(this.endpoint.resolve(NullS3Server.MODES_PATH)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        }
        catch (IOException ex) {
            return "unavailable: " + ex;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public void close() {
        try {
            this.process.getOutputStream().close();
        }
        catch (IOException ex) {
            // the process is destroyed below anyway
        }
        this.process.destroy();
    }

}
