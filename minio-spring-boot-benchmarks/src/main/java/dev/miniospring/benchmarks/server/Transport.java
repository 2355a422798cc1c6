package dev.miniospring.benchmarks.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One accepted connection of the do-nothing server, read and written through byte
 * buffers: a plain {@link SocketChannel} with direct buffers (no copy in the JVM), or a
 * TLS socket with heap buffers.
 */
interface Transport extends Closeable {

    /**
     * Reads what is available into the buffer, blocking until at least one byte is.
     * @return the bytes read, or -1 at the end of the stream
     */
    int read(ByteBuffer target) throws IOException;

    /**
     * Writes all remaining bytes of the buffer.
     */
    void write(ByteBuffer source) throws IOException;

    /**
     * Tells whether this transport reads and writes direct buffers best (heap ones
     * otherwise).
     */
    boolean direct();

    /**
     * Allocates a buffer of the kind this transport reads and writes best.
     */
    default ByteBuffer allocate(int capacity) {
        return direct() ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
    }

    static Transport plain(SocketChannel channel) {
        return new Transport() {

            @Override
            public int read(ByteBuffer target) throws IOException {
                return channel.read(target);
            }

            @Override
            public void write(ByteBuffer source) throws IOException {
                while (source.hasRemaining()) {
                    channel.write(source);
                }
            }

            @Override
            public boolean direct() {
                return true;
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }

        };
    }

    static Transport streams(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        return new Transport() {

            @Override
            public int read(ByteBuffer target) throws IOException {
                int read = in.read(target.array(), target.arrayOffset() + target.position(), target.remaining());
                if (read > 0) {
                    target.position(target.position() + read);
                }
                return read;
            }

            @Override
            public void write(ByteBuffer source) throws IOException {
                out.write(source.array(), source.arrayOffset() + source.position(), source.remaining());
                source.position(source.limit());
            }

            @Override
            public boolean direct() {
                return false;
            }

            @Override
            public void close() throws IOException {
                socket.close();
            }

        };
    }

}
