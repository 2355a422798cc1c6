package dev.miniospring.testserver.fault;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * A fault-injecting HTTP/1.1 proxy on a free loopback port, in front of one upstream
 * server (such as S3Proxy). Each request is matched against the {@link FaultRule}s in the
 * order they were added; the first that applies decides its {@link Fault}, the others
 * pass through. Client connections are kept alive across requests; each request gets its
 * own upstream connection.
 *
 * <p>
 * {@link #close()} ends every connection and every stall at once.
 *
 * @since 0.1.0
 */
public final class FaultProxy implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final Fault PASS = Fault.pass();

    private final ServerSocket serverSocket;

    private final String upstreamHost;

    private final int upstreamPort;

    private final ExecutorService executor = Executors.newCachedThreadPool(FaultProxy::daemon);

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

    private final List<RequestHead> requests = new CopyOnWriteArrayList<>();

    private final Map<String, LongAdder> appliedFaults = new ConcurrentHashMap<>();

    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    private final CountDownLatch closing = new CountDownLatch(1);

    private volatile boolean recording = true;

    private FaultProxy(ServerSocket serverSocket, URI upstream) {
        this.serverSocket = serverSocket;
        this.upstreamHost = upstream.getHost();
        this.upstreamPort = (upstream.getPort() > 0) ? upstream.getPort() : 80;
        this.executor.execute(this::acceptLoop);
    }

    /**
     * Starts a proxy in front of a server.
     * @param upstream the server's base URL, {@code http} only
     * @return the running proxy
     */
    public static FaultProxy start(URI upstream) {
        Objects.requireNonNull(upstream, "upstream");
        if (!"http".equals(upstream.getScheme())) {
            throw new IllegalArgumentException("Only http upstreams are supported: " + upstream);
        }
        try {
            return new FaultProxy(new ServerSocket(0, 200, InetAddress.getLoopbackAddress()), upstream);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not open the fault proxy's port", ex);
        }
    }

    /**
     * Returns the proxy's base URL, such as {@code http://127.0.0.1:41234}.
     * @return the endpoint
     */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort());
    }

    /**
     * Adds a rule after the existing ones.
     * @param rule the rule
     * @return the rule, to ask it later how often it matched
     */
    public FaultRule add(FaultRule rule) {
        this.rules.add(Objects.requireNonNull(rule, "rule"));
        return rule;
    }

    /**
     * Removes every rule: requests pass through from now on.
     */
    public void clearRules() {
        this.rules.clear();
    }

    /**
     * Returns the requests received so far, in order of arrival (unless recording was
     * turned off).
     * @return the request heads
     */
    public List<RequestHead> requests() {
        return List.copyOf(this.requests);
    }

    /**
     * Counts the requests received so far that a predicate matches.
     * @param predicate the predicate
     * @return the number of requests
     */
    public long count(Predicate<RequestHead> predicate) {
        return this.requests.stream().filter(predicate).count();
    }

    /**
     * Turns the recording of requests on (the default) or off, for long runs.
     * @param recording whether to record requests
     */
    public void recordRequests(boolean recording) {
        this.recording = recording;
        this.requests.clear();
    }

    /**
     * Returns how many requests each fault (by description, {@code pass} included) was
     * applied to.
     * @return the counts, sorted by description
     */
    public Map<String, Long> appliedFaults() {
        Map<String, Long> counts = new TreeMap<>();
        this.appliedFaults.forEach((fault, count) -> counts.put(fault, count.sum()));
        return counts;
    }

    private void acceptLoop() {
        while (!this.serverSocket.isClosed()) {
            try {
                Socket client = register(this.serverSocket.accept());
                this.executor.execute(() -> serve(client));
            }
            catch (IOException | RuntimeException ex) {
                // closed, or the executor was shut down: no more connections
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            boolean open = true;
            while (open && !isClosed()) {
                open = serveOne(client, in, out);
            }
        }
        catch (IOException ex) {
            // the client went away, or a fault ended the connection
        }
        finally {
            unregister(client);
        }
    }

    private boolean serveOne(Socket client, InputStream in, OutputStream out) throws IOException {
        HttpHead head = HttpHead.read(in);
        if (head == null) {
            return false;
        }
        RequestHead request = new RequestHead(head);
        if (this.recording) {
            this.requests.add(request);
        }
        Exchange exchange = new Exchange(this, client, in, out, request);
        try {
            boolean open = select(request).apply(exchange);
            out.flush();
            return open;
        }
        finally {
            exchange.closeUpstream();
        }
    }

    private Fault select(RequestHead request) {
        Fault selected = null;
        for (FaultRule rule : this.rules) {
            Fault fault = rule.select(request);
            if (selected == null) {
                selected = fault;
            }
        }
        return (selected != null) ? selected : PASS;
    }

    String upstreamHost() {
        return this.upstreamHost;
    }

    int upstreamPort() {
        return this.upstreamPort;
    }

    CountDownLatch closing() {
        return this.closing;
    }

    boolean isClosed() {
        return this.closing.getCount() == 0;
    }

    void applied(Fault fault, RequestHead request) {
        this.appliedFaults.computeIfAbsent(fault.toString(), (name) -> new LongAdder()).increment();
    }

    Socket register(Socket socket) throws IOException {
        this.sockets.add(socket);
        if (isClosed()) {
            socket.close();
            throw new IOException("Fault proxy closed");
        }
        return socket;
    }

    void unregister(Socket socket) {
        this.sockets.remove(socket);
    }

    void awaitClose() {
        try {
            this.closing.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops accepting connections, ends every open connection and stall, and waits (at
     * most 10 seconds) for the proxy's threads to finish.
     */
    @Override
    public void close() {
        this.closing.countDown();
        closeQuietly(this.serverSocket);
        this.sockets.forEach(FaultProxy::closeQuietly);
        this.executor.shutdownNow();
        try {
            this.executor.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        }
        catch (Exception ex) {
            // already closed
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "fault-proxy-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public String toString() {
        return "FaultProxy[" + endpoint() + " -> " + this.upstreamHost + ":" + this.upstreamPort + "]";
    }

}
