package dev.miniospring.benchmarks.ceiling;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.miniospring.benchmarks.ChildJvm;

/**
 * Measures the single-stream loopback ceiling of a run: {@link LoopbackSender} in a child
 * JVM (as the servers run) writes to this JVM, once through socket channels with direct
 * buffers of 1 MiB on both ends (the JVM's best path: one system call and no copy in the
 * JVM per MiB) and once through socket streams with 1 MiB arrays (what a client reading a
 * socket's stream gets), and {@code iperf3} when it is on the {@code PATH}.
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
        double[] jdk = jdk(bytesPerRun);
        Iperf3 iperf = Iperf3.find();
        if (iperf == null) {
            return new Ceiling(jdk[0], jdk[1], null, null, "iperf3 is not on the PATH");
        }
        try {
            return new Ceiling(jdk[0], jdk[1], iperf.bytesPerSecond("1M", iperfSeconds) / MIB,
                    iperf.bytesPerSecond("256K", iperfSeconds) / MIB, "");
        }
        catch (IOException ex) {
            return new Ceiling(jdk[0], jdk[1], null, null, "iperf3 failed: " + ex.getMessage());
        }
    }

    /**
     * Returns the median MiB/s through channels and through streams, the runs of both
     * interleaved.
     */
    private static double[] jdk(long bytesPerRun) throws IOException {
        Process sender = ChildJvm.start(List.of("-Xmx64m"), LoopbackSender.class, List.of());
        try {
            int[] ports = ports(sender);
            ByteBuffer direct = ByteBuffer.allocateDirect(LoopbackSender.WRITE_SIZE);
            byte[] array = new byte[LoopbackSender.WRITE_SIZE];
            receive(ports[0], direct, bytesPerRun);
            receive(ports[1], array, bytesPerRun);
            double[] channels = new double[RUNS];
            double[] streams = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                receive(ports[0], direct, bytesPerRun);
                channels[i] = mibPerSecond(bytesPerRun, start);
                start = System.nanoTime();
                receive(ports[1], array, bytesPerRun);
                streams[i] = mibPerSecond(bytesPerRun, start);
            }
            return new double[] { median(channels), median(streams) };
        }
        finally {
            sender.getOutputStream().close();
            sender.destroy();
        }
    }

    private static double mibPerSecond(long bytes, long startNanos) {
        return bytes / MIB / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static double median(double[] runs) {
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private static int[] ports(Process sender) throws IOException {
        String line = new BufferedReader(new InputStreamReader(sender.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
        if (line == null || !line.startsWith("READY ")) {
            sender.destroyForcibly();
            throw new IOException("The loopback sender did not start: " + line);
        }
        String[] ports = line.substring(6).trim().split(" ");
        return new int[] { Integer.parseInt(ports[0]), Integer.parseInt(ports[1]) };
    }

    private static void receive(int port, ByteBuffer buffer, long count) throws IOException {
        try (SocketChannel channel = SocketChannel
            .open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            CompletableFuture.delayedExecutor(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).execute(() -> close(channel));
            channel.write(ByteBuffer.allocate(Long.BYTES).putLong(count).flip());
            long received = 0;
            for (int read = channel.read(buffer.clear()); read >= 0; read = channel.read(buffer.clear())) {
                received += read;
            }
            checkReceived(received, count);
        }
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
            checkReceived(received, count);
        }
    }

    /**
     * Closes a channel still open after the read timeout, which ends a blocked read.
     */
    private static void close(SocketChannel channel) {
        try {
            channel.close();
        }
        catch (IOException ex) {
            // it is closed either way
        }
    }

    private static void checkReceived(long received, long count) throws IOException {
        if (received != count) {
            throw new IOException("The loopback sender sent " + received + " of " + count + " bytes");
        }
    }

}
