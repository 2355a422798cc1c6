package dev.miniospring.testserver.fault;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One request on a client connection of the {@link FaultProxy}, with the steps faults are
 * made of: forward the request upstream, relay the response (limited or throttled),
 * answer in the server's place, reset, close or stall.
 */
final class Exchange {

    private static final int CONNECT_TIMEOUT_MILLIS = 5000;

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final FaultProxy proxy;

    private final Socket client;

    private final InputStream clientIn;

    private final OutputStream clientOut;

    private final RequestHead request;

    private boolean continued;

    private Socket upstream;

    Exchange(FaultProxy proxy, Socket client, InputStream clientIn, OutputStream clientOut, RequestHead request) {
        this.proxy = proxy;
        this.client = client;
        this.clientIn = clientIn;
        this.clientOut = clientOut;
        this.request = request;
    }

    RequestHead request() {
        return this.request;
    }

    void discardRequestBody() throws IOException {
        acknowledgeExpect();
        HttpBody.ofRequest(this.request.head()).copy(this.clientIn, OutputStream.nullOutputStream());
    }

    /**
     * Reads the request body until {@code limit} bytes of it have arrived, or it ends.
     */
    void readRequest(long limit) throws IOException {
        acknowledgeExpect();
        try {
            HttpBody.ofRequest(this.request.head())
                .copy(this.clientIn, limited(OutputStream.nullOutputStream(), limit, 0));
        }
        catch (FaultyOutputStream.LimitReached ex) {
            // the requested number of bytes arrived
        }
    }

    void forwardRequest(long bytesPerSecond) throws IOException {
        this.upstream = this.proxy.register(new Socket());
        this.upstream.connect(new InetSocketAddress(this.proxy.upstreamHost(), this.proxy.upstreamPort()),
                CONNECT_TIMEOUT_MILLIS);
        this.upstream.setTcpNoDelay(true);
        OutputStream out = new BufferedOutputStream(this.upstream.getOutputStream());
        out.write(this.request.head().bytes());
        out.flush();
        acknowledgeExpect();
        HttpBody.ofRequest(this.request.head()).copy(this.clientIn, limited(out, Long.MAX_VALUE, bytesPerSecond));
    }

    Response readResponse() throws IOException {
        InputStream in = new BufferedInputStream(this.upstream.getInputStream());
        for (HttpHead head = HttpHead.read(in);; head = HttpHead.read(in)) {
            if (head == null) {
                throw new ProtocolException("The server closed the connection without answering " + this.request);
            }
            int status = status(head);
            if (status >= 200) {
                return new Response(head, HttpBody.ofResponse(head, this.request.method(), status), in);
            }
        }
    }

    private static int status(HttpHead head) throws ProtocolException {
        String[] parts = head.startLine().split(" ", 3);
        try {
            return Integer.parseInt(parts[1]);
        }
        catch (RuntimeException ex) {
            throw new ProtocolException("Malformed status line: " + head.startLine());
        }
    }

    /**
     * Relays a response to the client; {@link FaultyOutputStream.LimitReached} is thrown
     * once {@code limit} bytes (of the body, or of head and body when {@code countHead})
     * are sent.
     * @return whether the client connection can carry another request
     */
    boolean relay(Response response, long limit, boolean countHead, long bytesPerSecond) throws IOException {
        OutputStream out = limited(this.clientOut, limit, bytesPerSecond);
        (countHead ? out : this.clientOut).write(response.head().bytes());
        response.body().copy(response.in(), out);
        closeUpstream();
        return !response.body().untilEof() && !response.head().hasToken("Connection", "close");
    }

    void discard(Response response) throws IOException {
        response.body().copy(response.in(), OutputStream.nullOutputStream());
        closeUpstream();
    }

    void respond(Canned response) throws IOException {
        this.clientOut.write(response.head());
        if (!"HEAD".equals(this.request.method())) {
            this.clientOut.write(response.body());
        }
        this.clientOut.flush();
    }

    void reset() throws IOException {
        this.client.setSoLinger(true, 0);
        this.client.close();
    }

    void closeGracefully() throws IOException {
        this.clientOut.flush();
        this.client.shutdownOutput();
        this.client.close();
    }

    void respondForever(byte[] chunk, long bytesPerSecond) throws IOException {
        OutputStream out = limited(this.clientOut, Long.MAX_VALUE, bytesPerSecond);
        while (!this.proxy.isClosed()) {
            out.write(chunk);
        }
    }

    void applying(Fault fault) {
        this.proxy.applied(fault, this.request);
    }

    /**
     * Sends nothing more until the client or the proxy closes the connection.
     */
    void stall() throws IOException {
        this.clientOut.flush();
        while (this.clientIn.read() >= 0) {
            // whatever the client sends now is ignored
        }
    }

    /**
     * Neither reads nor sends anything more until the proxy closes.
     */
    void freeze() throws IOException {
        this.clientOut.flush();
        this.proxy.awaitClose();
    }

    private OutputStream limited(OutputStream out, long limit, long bytesPerSecond) {
        return new FaultyOutputStream(out, limit, bytesPerSecond, this.proxy.closing());
    }

    private void acknowledgeExpect() throws IOException {
        if (!this.continued && this.request.head().hasToken("Expect", "100-continue")) {
            this.continued = true;
            this.clientOut.write(CONTINUE);
            this.clientOut.flush();
        }
    }

    void closeUpstream() throws IOException {
        if (this.upstream != null) {
            this.upstream.close();
            this.proxy.unregister(this.upstream);
            this.upstream = null;
        }
    }

    /**
     * A response head from the server, its body framing, and the stream its body is read
     * from.
     *
     * @param head the response head
     * @param body the body framing
     * @param in the stream the body is read from
     */
    record Response(HttpHead head, HttpBody body, InputStream in) {

        int status() throws ProtocolException {
            return Exchange.status(this.head);
        }

    }

}
