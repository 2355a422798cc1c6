package dev.miniospring.benchmarks.ceiling;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The sending end of the JDK loopback measurement, run in a child JVM. It listens twice:
 * on a {@link ServerSocketChannel}, where for each connection it reads the number of
 * bytes asked for and writes them from one direct buffer of {@value #WRITE_SIZE} bytes
 * (one system call per write, as {@code iperf3} does), and on a {@link ServerSocket},
 * where it writes them in writes of {@value #WRITE_SIZE} bytes from one array through the
 * socket's stream (which the JDK copies through a temporary direct buffer in pieces of at
 * most 128 KiB).
 */
public final class LoopbackSender {

    /** The size of each write, and of the receiver's reads. */
    public static final int WRITE_SIZE = 1024 * 1024;

    private LoopbackSender() {
    }

    /**
     * Serves connections on two free loopback ports; prints
     * {@code READY <channel port> <stream port>} and stops when its standard input
     * closes.
     * @param args none
     * @throws IOException when a port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocketChannel channels = ServerSocketChannel.open().bind(new InetSocketAddress(loopback, 0), 4);
                ServerSocket streams = new ServerSocket(0, 4, loopback)) {
            daemon(() -> serveChannels(channels), "loopback-channel-sender");
            daemon(() -> serveStreams(streams), "loopback-stream-sender");
            System.out.println("READY " + channels.socket().getLocalPort() + " " + streams.getLocalPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our standard input
            }
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void serveChannels(ServerSocketChannel server) {
        ByteBuffer data = ByteBuffer.allocateDirect(WRITE_SIZE);
        while (server.isOpen()) {
            try (SocketChannel channel = server.accept()) {
                ByteBuffer count = ByteBuffer.allocate(Long.BYTES);
                while (count.hasRemaining() && channel.read(count) >= 0) {
                    // read the whole count
                }
                send(channel, data, count.flip().getLong());
            }
            catch (IOException ex) {
                // the next connection starts afresh; the parent sees the short read
            }
        }
    }

    private static void send(SocketChannel channel, ByteBuffer data, long count) throws IOException {
        for (long sent = 0; sent < count;) {
            data.clear().limit((int) Math.min(data.capacity(), count - sent));
            sent += channel.write(data);
        }
    }

    private static void serveStreams(ServerSocket server) {
        byte[] data = new byte[WRITE_SIZE];
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                long count = new DataInputStream(socket.getInputStream()).readLong();
                send(socket.getOutputStream(), data, count);
            }
            catch (IOException ex) {
                // the next connection starts afresh; the parent sees the short read
            }
        }
    }

    private static void send(OutputStream out, byte[] data, long count) throws IOException {
        for (long sent = 0; sent < count; sent += data.length) {
            out.write(data, 0, (int) Math.min(data.length, count - sent));
        }
        out.flush();
    }

}
