package dev.miniospring.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;

import org.jspecify.annotations.Nullable;

/**
 * The socket of a {@link SocketChannel} (the JDK's socket adaptor), whose stream writes
 * up to {@link #MAX_WRITE} bytes in one system call where a {@code new Socket()} writes
 * at most 128 KiB per call; reads stay at most {@link #MAX_READ} bytes per call, as on a
 * {@code new Socket()} (larger reads did not make downloads faster). Both copy arrays
 * through a temporary direct buffer of the size of the call, which the JDK keeps for each
 * thread (each carrier thread for virtual ones) in native memory outside
 * {@code -XX:MaxDirectMemorySize}: reads and writes are split at those sizes, so a thread
 * that writes to these sockets keeps at most 1 MiB, one that only reads 128 KiB. Failures
 * are {@link SocketException}s, as those of a {@code new Socket()}, for HttpClient and
 * the template to handle them the same; interrupting a thread blocked in a read or write
 * closes the socket ("Closed by interrupt"), as on a {@code new Socket()} used by a
 * virtual thread. A read with a socket timeout switches the channel to non-blocking mode
 * and back (two system calls), so reads are best done untimed and bounded by a
 * {@link StallWatchdog}.
 */
final class ChannelSocket extends DelegatingSocket {

    /**
     * The most bytes written in one system call: the temporary direct buffer of the JDK
     * each writing thread keeps is at most this large.
     */
    static final int MAX_WRITE = 1024 * 1024;

    /**
     * The most bytes read in one system call, as on a {@code new Socket()}.
     */
    static final int MAX_READ = 128 * 1024;

    private @Nullable InputStream input;

    private @Nullable OutputStream output;

    private ChannelSocket(Socket adaptor) throws SocketException {
        super(adaptor);
    }

    /**
     * Opens an unconnected socket.
     * @return the socket
     * @throws IOException when the channel cannot be opened
     */
    static ChannelSocket open() throws IOException {
        return new ChannelSocket(SocketChannel.open().socket());
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        InputStream in = this.input;
        if (in == null) {
            in = new Input(super.getInputStream());
            this.input = in;
        }
        return in;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        OutputStream out = this.output;
        if (out == null) {
            out = new Output(super.getOutputStream());
            this.output = out;
        }
        return out;
    }

    private static IOException asSocketException(IOException ex) {
        if (ex instanceof SocketException || ex instanceof InterruptedIOException) {
            return ex;
        }
        SocketException socket = new SocketException(message(ex));
        socket.initCause(ex);
        return socket;
    }

    private static @Nullable String message(IOException ex) {
        if (ex instanceof ClosedByInterruptException) {
            return "Closed by interrupt";
        }
        return (ex instanceof ClosedChannelException) ? "Socket closed" : ex.getMessage();
    }

    private static final class Input extends InputStream {

        private final InputStream in;

        Input(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            try {
                return this.in.read();
            }
            catch (IOException ex) {
                throw asSocketException(ex);
            }
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            try {
                return this.in.read(bytes, offset, Math.min(length, MAX_READ));
            }
            catch (IOException ex) {
                throw asSocketException(ex);
            }
        }

        @Override
        public int available() throws IOException {
            return this.in.available();
        }

        @Override
        public void close() throws IOException {
            this.in.close();
        }

    }

    private static final class Output extends OutputStream {

        private final OutputStream out;

        Output(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                this.out.write(b);
            }
            catch (IOException ex) {
                throw asSocketException(ex);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                for (int written = 0; written < length; written += MAX_WRITE) {
                    this.out.write(bytes, offset + written, Math.min(MAX_WRITE, length - written));
                }
            }
            catch (IOException ex) {
                throw asSocketException(ex);
            }
        }

        @Override
        public void close() throws IOException {
            this.out.close();
        }

    }

}
