package dev.miniospring.benchmarks.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import javax.net.ssl.SSLContext;

/**
 * The listening socket of the do-nothing server on a free loopback port: a blocking
 * {@link ServerSocketChannel} for HTTP, an SSL server socket for HTTPS. Accepted
 * connections have {@code TCP_NODELAY} set.
 */
interface Listener extends Closeable {

    /**
     * Waits for the next connection.
     */
    Transport accept() throws IOException;

    /**
     * Returns the port it listens on.
     */
    int port();

    static Listener open(SSLContext tls) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        return (tls != null) ? tls(tls.getServerSocketFactory().createServerSocket(0, 256, loopback))
                : plain(ServerSocketChannel.open().bind(new InetSocketAddress(loopback, 0), 256));
    }

    private static Listener plain(ServerSocketChannel server) {
        return new Listener() {

            @Override
            public Transport accept() throws IOException {
                SocketChannel channel = server.accept();
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                return Transport.plain(channel);
            }

            @Override
            public int port() {
                return server.socket().getLocalPort();
            }

            @Override
            public void close() throws IOException {
                server.close();
            }

        };
    }

    private static Listener tls(ServerSocket server) {
        return new Listener() {

            @Override
            public Transport accept() throws IOException {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                return Transport.streams(socket);
            }

            @Override
            public int port() {
                return server.getLocalPort();
            }

            @Override
            public void close() throws IOException {
                server.close();
            }

        };
    }

}
