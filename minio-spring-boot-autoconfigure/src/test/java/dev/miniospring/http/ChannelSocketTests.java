package dev.miniospring.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A {@link ChannelSocket} is a socket channel's, moves every byte in reads of at most
 * {@link ChannelSocket#MAX_READ} and writes of at most {@link ChannelSocket#MAX_WRITE}
 * bytes, and fails with {@link SocketException}s as a {@code new Socket()} does.
 */
class ChannelSocketTests {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private ServerSocketChannel server;

    private ChannelSocket socket;

    private SocketChannel peer;

    @BeforeEach
    void connect() throws IOException {
        this.server = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.socket = ChannelSocket.open();
        this.socket.connect(this.server.getLocalAddress(), 1000);
        this.peer = this.server.accept();
    }

    @AfterEach
    void close() throws IOException {
        this.socket.close();
        this.peer.close();
        this.server.close();
    }

    @Test
    void isTheSocketOfAChannel() {
        assertThat(this.socket.getChannel()).isNotNull();
        assertThat(this.socket.isConnected()).isTrue();
    }

    @Test
    void readsReturnAtMostTheLargestReadAndEveryByte() {
        byte[] sent = randomBytes(3 * ChannelSocket.MAX_WRITE + 5);
        Thread writer = start(() -> writeAll(this.peer, sent));
        byte[] received = assertTimeoutPreemptively(BOUND, () -> readAll(this.socket.getInputStream(), sent.length));
        assertThat(received).isEqualTo(sent);
        assertTimeoutPreemptively(BOUND, () -> writer.join());
    }

    @Test
    void writesLargerThanTheLargestWriteSendEveryByte() throws Exception {
        byte[] sent = randomBytes(3 * ChannelSocket.MAX_WRITE + 5);
        OutputStream out = this.socket.getOutputStream();
        Thread writer = start(() -> {
            try {
                out.write(sent, 0, sent.length);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
        ByteBuffer received = ByteBuffer.allocate(sent.length);
        assertTimeoutPreemptively(BOUND, () -> {
            while (received.hasRemaining() && this.peer.read(received) >= 0) {
                // reading
            }
            writer.join();
        });
        assertThat(received.array()).isEqualTo(sent);
    }

    @Test
    void aReadOfAClosedSocketFailsWithASocketException() throws IOException {
        InputStream in = this.socket.getInputStream();
        this.socket.close();
        assertThatExceptionOfType(SocketException.class).isThrownBy(() -> in.read(new byte[16]))
            .withMessage("Socket closed");
    }

    @Test
    void aWriteToAConnectionResetByThePeerFailsWithASocketException() throws IOException {
        this.peer.setOption(StandardSocketOptions.SO_LINGER, 0);
        this.peer.close();
        OutputStream out = this.socket.getOutputStream();
        byte[] bytes = new byte[64 * 1024];
        assertThatExceptionOfType(SocketException.class).isThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> {
            while (true) {
                out.write(bytes, 0, bytes.length);
            }
        }));
    }

    @Test
    void interruptingAThreadReadingClosesTheSocket() throws Exception {
        InputStream in = this.socket.getInputStream();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = start(() -> {
            try {
                in.read(new byte[16]);
            }
            catch (IOException ex) {
                failure.set(ex);
            }
        });
        reader.interrupt();
        assertTimeoutPreemptively(BOUND, () -> reader.join());
        assertThat(failure.get()).isInstanceOf(SocketException.class).hasMessage("Closed by interrupt");
        assertThat(this.socket.isClosed()).isTrue();
    }

    private static byte[] readAll(InputStream in, int length) throws IOException {
        byte[] received = new byte[length];
        byte[] buffer = new byte[2 * ChannelSocket.MAX_WRITE];
        int total = 0;
        while (total < length) {
            int read = in.read(buffer, 0, buffer.length);
            assertThat(read).isPositive().isLessThanOrEqualTo(ChannelSocket.MAX_READ);
            System.arraycopy(buffer, 0, received, total, read);
            total += read;
        }
        return Arrays.copyOf(received, total);
    }

    private static void writeAll(SocketChannel channel, byte[] bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Thread start(Runnable task) {
        Thread thread = new Thread(task, "channel-socket-test");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(17).nextBytes(bytes);
        return bytes;
    }

}
