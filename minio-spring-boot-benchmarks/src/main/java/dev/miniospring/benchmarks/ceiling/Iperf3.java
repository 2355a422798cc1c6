package dev.miniospring.benchmarks.ceiling;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code iperf3} on loopback, one TCP stream, when it is on the {@code PATH}.
 */
final class Iperf3 {

    private static final Pattern RECEIVED = Pattern
        .compile("\"sum_received\"\\s*:\\s*\\{[^}]*?\"bits_per_second\"\\s*:\\s*([0-9.eE+-]+)");

    private static final long BOUND_SECONDS = 30;

    private final Path executable;

    private Iperf3(Path executable) {
        this.executable = executable;
    }

    /**
     * Finds {@code iperf3} on the {@code PATH}.
     * @return the runner, or {@code null} when it is not installed
     */
    static Iperf3 find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "iperf3");
            if (Files.isExecutable(candidate)) {
                return new Iperf3(candidate);
            }
        }
        return null;
    }

    /**
     * Measures one stream for a while.
     * @param writeSize the size of each write ({@code -l})
     * @param seconds the duration ({@code -t})
     * @return the received throughput in bytes per second
     * @throws IOException when iperf3 fails or its answer does not parse
     */
    double bytesPerSecond(String writeSize, int seconds) throws IOException, InterruptedException {
        int port = freePort();
        Process server = bounded(new ProcessBuilder(this.executable.toString(), "-s", "-1", "--forceflush", "-B",
                "127.0.0.1", "-p", Integer.toString(port))
            .redirectErrorStream(true)
            .start());
        try {
            awaitListening(server);
            Process client = bounded(
                    new ProcessBuilder(this.executable.toString(), "-c", "127.0.0.1", "-p", Integer.toString(port),
                            "-t", Integer.toString(seconds), "-l", writeSize, "-J")
                        .redirectErrorStream(true)
                        .start());
            return parse(new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        finally {
            server.destroy();
            server.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Destroys a process that still runs after {@value #BOUND_SECONDS} seconds, which
     * ends any read of its output.
     */
    private static Process bounded(Process process) {
        CompletableFuture.delayedExecutor(BOUND_SECONDS, TimeUnit.SECONDS).execute(process::destroyForcibly);
        return process;
    }

    private static void awaitListening(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains("Server listening")) {
                return;
            }
        }
        throw new IOException("iperf3 -s ended without listening");
    }

    static double parse(String json) throws IOException {
        Matcher matcher = RECEIVED.matcher(json);
        if (!matcher.find()) {
            throw new IOException("iperf3 gave no received throughput: "
                    + json.substring(0, Math.min(json.length(), 300)).replaceAll("\\s+", " "));
        }
        return Double.parseDouble(matcher.group(1)) / 8;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

}
