package dev.miniospring.benchmarks.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import dev.miniospring.benchmarks.tls.SelfSignedCertificate;

/**
 * A do-nothing S3 endpoint (see {@link NullS3Handler}) on a minimal HTTP/1.1 server that
 * stays out of the way of the client it measures: one thread per connection, request
 * bodies read and discarded in reads of up to 1 MiB and GET bodies written 1 MiB at a
 * time from direct buffers, so that a plain connection costs the server no copy in the
 * JVM and one system call per MiB.
 *
 * <p>
 * Objects whose key starts with {@code large} are {@code largeSize} bytes long, those
 * whose key starts with {@code file} {@code fileSize} bytes, all others 4 KiB. With a TLS
 * context it serves HTTPS (through the JDK's SSL sockets).
 */
public final class NullS3Server implements AutoCloseable {

    static final String MODES_PATH = NullS3Handler.MODES_PATH;

    private static final long STACK_SIZE = 256 * 1024;

    private final Listener listener;

    private final NullS3Handler handler;

    private final String scheme;

    private final Set<Transport> open = ConcurrentHashMap.newKeySet();

    private final ExecutorService connections = Executors
        .newCachedThreadPool((task) -> daemon(task, "null-s3-connection"));

    private volatile boolean closed;

    private NullS3Server(Listener listener, NullS3Handler handler, String scheme) {
        this.listener = listener;
        this.handler = handler;
        this.scheme = scheme;
    }

    /**
     * Starts the server on a free loopback port.
     * @param largeSize the size of objects whose key starts with {@code large}
     * @param fileSize the size of objects whose key starts with {@code file}
     * @param tls the TLS context of an HTTPS server, or {@code null} for HTTP
     * @return the running server
     * @throws IOException when the port cannot be bound
     */
    public static NullS3Server start(long largeSize, long fileSize, SSLContext tls) throws IOException {
        NullS3Server server = new NullS3Server(Listener.open(tls), new NullS3Handler(largeSize, fileSize),
                (tls != null) ? "https" : "http");
        daemon(server::accept, "null-s3-acceptor").start();
        return server;
    }

    /**
     * Returns the endpoint URL.
     * @return the URL
     */
    public URI endpoint() {
        return URI.create(this.scheme + "://127.0.0.1:" + this.listener.port());
    }

    @Override
    public void close() {
        this.closed = true;
        closeQuietly(this.listener);
        this.open.forEach(NullS3Server::closeQuietly);
        this.connections.shutdownNow();
    }

    private void accept() {
        while (!this.closed) {
            try {
                Transport transport = this.listener.accept();
                this.open.add(transport);
                this.connections.execute(() -> serve(transport));
            }
            catch (IOException ex) {
                // closed, or a connection that failed while it was accepted
            }
        }
    }

    private void serve(Transport transport) {
        try {
            new HttpConnection(transport, this.handler).run();
        }
        finally {
            this.open.remove(transport);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(null, task, name, STACK_SIZE);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        }
        catch (Exception ex) {
            // closing on shutdown
        }
    }

    /**
     * Runs the server in its own JVM, so that its CPU time is not counted as the
     * client's; prints {@code READY <endpoint>} when it accepts requests and stops when
     * its standard input closes.
     * @param args the size of large objects, the size of file objects and, for HTTPS, the
     * PKCS12 key store (its password in the environment variable
     * {@value SelfSignedCertificate#PASSWORD_VARIABLE})
     * @throws Exception when the port cannot be bound or the key store not read
     */
    public static void main(String[] args) throws Exception {
        long largeSize = Long.parseLong(args[0]);
        long fileSize = Long.parseLong(args[1]);
        SSLContext tls = (args.length > 2) ? SelfSignedCertificate.serverContext(Path.of(args[2]),
                System.getenv(SelfSignedCertificate.PASSWORD_VARIABLE)) : null;
        try (NullS3Server server = start(largeSize, fileSize, tls)) {
            System.out.println("READY " + server.endpoint());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our standard input
            }
        }
    }

}
