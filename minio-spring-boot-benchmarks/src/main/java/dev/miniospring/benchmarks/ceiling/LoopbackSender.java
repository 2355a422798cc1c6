package dev.miniospring.benchmarks.ceiling;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The sending end of the JDK loopback measurement, run in a child JVM: for each
 * connection it reads the number of bytes asked for and writes them in writes of
 * {@value #WRITE_SIZE} bytes from one reused array, then closes the connection.
 */
public final class LoopbackSender {

    /** The size of each write, and of the receiver's reads. */
    public static final int WRITE_SIZE = 1024 * 1024;

    private LoopbackSender() {
    }

    /**
     * Serves connections on a free loopback port; prints {@code READY <port>} and stops
     * when its standard input closes.
     * @param args none
     * @throws IOException when the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread sender = new Thread(() -> serve(server), "loopback-sender");
            sender.setDaemon(true);
            sender.start();
            System.out.println("READY " + server.getLocalPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our standard input
            }
        }
    }

    private static void serve(ServerSocket server) {
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
