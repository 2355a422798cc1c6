package dev.miniospring.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;

import org.jspecify.annotations.Nullable;

/**
 * A connected socket whose input is read through a {@link NetworkReadBuffer}, for the
 * JDK's TLS layer to run on: {@code SSLSocket} reads each TLS record in two system calls
 * (its 5-byte header, then its body), which a buffer turns into one system call for
 * several records. Every other method is the wrapped socket's.
 */
final class ReadBufferedSocket extends DelegatingSocket {

    private final int bufferSize;

    private @Nullable InputStream input;

    ReadBufferedSocket(Socket socket, int bufferSize) throws SocketException {
        super(socket);
        this.bufferSize = bufferSize;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        InputStream buffered = this.input;
        if (buffered == null) {
            buffered = new NetworkReadBuffer(super.getInputStream(), this.bufferSize);
            this.input = buffered;
        }
        return buffered;
    }

}
