package dev.miniospring.benchmarks.ceiling;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import dev.miniospring.benchmarks.ChildJvm;

/**
 * Measures the single-stream loopback ceiling of a run: {@link LoopbackSender} in a child
 * JVM (as the servers run) writes to this JVM, which reads into one reused array of the
 * same size, and {@code iperf3} when it is on the {@code PATH}.
 */
public final class LoopbackCeiling {

    private static final int RUNS = 5;

    private static final double MIB = 1024 * 1024;

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private LoopbackCeiling() {
    }

    /**
     * Measures the ceiling.
     * @param bytesPerRun the bytes each of the JDK runs moves
     * @param iperfSeconds the duration of each iperf3 run
     * @return the ceiling
     * @throws IOException when the JDK measurement fails
     */
    public static Ceiling measure(long bytesPerRun, int iperfSeconds) throws IOException, InterruptedException {
        System.err.println("Measuring the single-stream loopback ceiling");
        double jdk = jdk(bytesPerRun);
        Iperf3 iperf = Iperf3.find();
        if (iperf == null) {
            return new Ceiling(jdk, null, null, "iperf3 is not on the PATH");
        }
        try {
            return new Ceiling(jdk, iperf.bytesPerSecond("1M", iperfSeconds) / MIB,
                    iperf.bytesPerSecond("256K", iperfSeconds) / MIB, "");
        }
        catch (IOException ex) {
            return new Ceiling(jdk, null, null, "iperf3 failed: " + ex.getMessage());
        }
    }

    private static double jdk(long bytesPerRun) throws IOException, InterruptedException {
        Process sender = ChildJvm.start(List.of("-Xmx64m"), LoopbackSender.class, List.of());
        try {
            int port = port(sender);
            byte[] buffer = new byte[LoopbackSender.WRITE_SIZE];
            receive(port, buffer, bytesPerRun);
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                receive(port, buffer, bytesPerRun);
                runs[i] = bytesPerRun / MIB / ((System.nanoTime() - start) / 1e9);
            }
            Arrays.sort(runs);
            return runs[RUNS / 2];
        }
        finally {
            sender.getOutputStream().close();
            sender.destroy();
        }
    }

    private static int port(Process sender) throws IOException {
        String line = new BufferedReader(new InputStreamReader(sender.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
        if (line == null || !line.startsWith("READY ")) {
            sender.destroyForcibly();
            throw new IOException("The loopback sender did not start: " + line);
        }
        return Integer.parseInt(line.substring(6).trim());
    }

    private static void receive(int port, byte[] buffer, long count) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            new DataOutputStream(socket.getOutputStream()).writeLong(count);
            InputStream in = socket.getInputStream();
            long received = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                received += read;
            }
            if (received != count) {
                throw new IOException("The loopback sender sent " + received + " of " + count + " bytes");
            }
        }
    }

}
