package dev.miniospring.testserver.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * What the {@link FaultProxy} does with a request: pass it through, or one of the faults
 * below. Faults are stateless and may serve any number of requests at once.
 *
 * @since 0.1.0
 */
public final class Fault {

    private static final long UNLIMITED = Long.MAX_VALUE;

    private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final String description;

    private final Action action;

    private final boolean chooser;

    private Fault(String description, Action action) {
        this(description, action, false);
    }

    private Fault(String description, Action action, boolean chooser) {
        this.description = description;
        this.action = action;
        this.chooser = chooser;
    }

    /**
     * Forwards the request and relays the response unchanged.
     * @return the fault
     */
    public static Fault pass() {
        return new Fault("pass", (exchange) -> {
            exchange.forwardRequest(0);
            return exchange.relay(exchange.readResponse(), UNLIMITED, false, 0);
        });
    }

    /**
     * Resets the client connection once the request head and {@code bytes} bytes of its
     * body have arrived; nothing reaches the server.
     * @param bytes the number of body bytes to read first; {@code 0} resets right after
     * the request head
     * @return the fault
     */
    public static Fault resetRequestAfter(long bytes) {
        return new Fault("reset after " + bytes + " request body bytes", (exchange) -> {
            exchange.readRequest(bytes);
            exchange.reset();
            return false;
        });
    }

    /**
     * Reads the whole request and never answers, until the client gives up or the proxy
     * is closed; nothing reaches the server.
     * @return the fault
     */
    public static Fault stall() {
        return new Fault("stall", (exchange) -> {
            exchange.discardRequestBody();
            exchange.stall();
            return false;
        });
    }

    /**
     * Reads the request head and {@code bytes} bytes of its body, then neither reads nor
     * answers until the proxy is closed: the client blocks while sending the rest of its
     * body.
     * @param bytes the number of body bytes to read
     * @return the fault
     */
    public static Fault stallRequestAfter(long bytes) {
        return new Fault("stall after " + bytes + " request body bytes", (exchange) -> {
            exchange.readRequest(bytes);
            exchange.freeze();
            return false;
        });
    }

    /**
     * Forwards the request, lets the server answer in full, and resets the client
     * connection instead of relaying the answer: the server acted, the client never
     * learns it.
     * @return the fault
     */
    public static Fault dropResponse() {
        return new Fault("drop response", (exchange) -> {
            exchange.forwardRequest(0);
            exchange.discard(exchange.readResponse());
            exchange.reset();
            return false;
        });
    }

    /**
     * Forwards the request, lets the server answer in full, and never relays the answer,
     * until the client gives up or the proxy is closed: the server acted, the client
     * waits in vain.
     * @return the fault
     */
    public static Fault withholdResponse() {
        return new Fault("withhold response", (exchange) -> {
            exchange.forwardRequest(0);
            exchange.discard(exchange.readResponse());
            exchange.stall();
            return false;
        });
    }

    /**
     * Forwards the request and resets the client connection after {@code bytes} bytes of
     * the response, head included.
     * @param bytes the number of response bytes to relay first
     * @return the fault
     */
    public static Fault resetResponseAfter(long bytes) {
        return cut("reset after " + bytes + " response bytes", bytes, true, Exchange::reset);
    }

    /**
     * Forwards the request, relays the response head and {@code bytes} bytes of its body,
     * then resets the connection.
     * @param bytes the number of body bytes to relay
     * @return the fault
     */
    public static Fault resetBodyAfter(long bytes) {
        return cut("reset after " + bytes + " response body bytes", bytes, false, Exchange::reset);
    }

    /**
     * Forwards the request, relays the response head and {@code bytes} bytes of its body,
     * then closes the connection gracefully: the body ends early.
     * @param bytes the number of body bytes to relay
     * @return the fault
     */
    public static Fault truncateBodyAfter(long bytes) {
        return cut("truncate body after " + bytes + " bytes", bytes, false, Exchange::closeGracefully);
    }

    /**
     * Forwards the request, relays the response head and {@code bytes} bytes of its body,
     * then sends nothing more until the client gives up or the proxy is closed.
     * @param bytes the number of body bytes to relay
     * @return the fault
     */
    public static Fault stallBodyAfter(long bytes) {
        return cut("stall body after " + bytes + " bytes", bytes, false, Exchange::stall);
    }

    private static Fault cut(String description, long limit, boolean countHead, Step then) {
        return new Fault(description, (exchange) -> {
            exchange.forwardRequest(0);
            try {
                return exchange.relay(exchange.readResponse(), limit, countHead, 0);
            }
            catch (FaultyOutputStream.LimitReached ex) {
                exchange.closeUpstream();
                then.run(exchange);
                return false;
            }
        });
    }

    /**
     * Passes request and response through at most at {@code bytesPerSecond} each way.
     * @param bytesPerSecond the rate
     * @return the fault
     */
    public static Fault throttle(long bytesPerSecond) {
        return new Fault("throttle to " + bytesPerSecond + " B/s", (exchange) -> {
            exchange.forwardRequest(bytesPerSecond);
            return exchange.relay(exchange.readResponse(), UNLIMITED, false, bytesPerSecond);
        });
    }

    /**
     * Reads the request and answers it in the server's place; nothing reaches the server.
     * @param status the status code
     * @param contentType the content type, or {@code null} for none
     * @param body the body
     * @param headers more headers, as name and value pairs
     * @return the fault
     */
    public static Fault respond(int status, String contentType, String body, String... headers) {
        Canned response = Canned.of(status, contentType, body, headers);
        return new Fault("respond " + status, (exchange) -> {
            exchange.discardRequestBody();
            exchange.respond(response);
            return true;
        });
    }

    /**
     * Forwards the request, lets the server answer in full, and relays another answer
     * instead: the server acted, the client is told something else.
     * @param status the status code
     * @param contentType the content type, or {@code null} for none
     * @param body the body
     * @param headers more headers, as name and value pairs
     * @return the fault
     */
    public static Fault replaceResponse(int status, String contentType, String body, String... headers) {
        Canned response = Canned.of(status, contentType, body, headers);
        return new Fault("replace response with " + status, (exchange) -> {
            exchange.forwardRequest(0);
            exchange.discard(exchange.readResponse());
            exchange.respond(response);
            return true;
        });
    }

    /**
     * Answers with a chunked response head and the given chunks, then either ends the
     * response and closes the connection, or holds it open until the client gives up or
     * the proxy closes: a stream such as MinIO's notification stream.
     * @param contentType the content type
     * @param end whether to end the response (last chunk) and close the connection
     * instead of holding it
     * @param chunks the chunks, sent in order
     * @return the fault
     */
    public static Fault stream(String contentType, boolean end, String... chunks) {
        Canned response = new Canned(streamResponse(contentType, chunks), new byte[0]);
        Canned last = new Canned(LAST_CHUNK, new byte[0]);
        return new Fault("stream " + chunks.length + " chunks", (exchange) -> {
            exchange.discardRequestBody();
            exchange.respond(response);
            if (end) {
                exchange.respond(last);
                exchange.closeGracefully();
            }
            else {
                exchange.stall();
            }
            return false;
        });
    }

    /**
     * Answers with a chunked response that never ends: {@code filler} bytes at
     * {@code bytesPerSecond}, until the client or the proxy closes the connection.
     * @param contentType the content type
     * @param filler the byte repeated
     * @param bytesPerSecond the rate
     * @return the fault
     */
    public static Fault endlessStream(String contentType, byte filler, long bytesPerSecond) {
        Canned head = new Canned(streamResponse(contentType), new byte[0]);
        byte[] data = new byte[(int) Math.max(1, Math.min(64 * 1024, bytesPerSecond / 10))];
        Arrays.fill(data, filler);
        byte[] chunk = HttpBody.chunk(data);
        return new Fault("endless stream", (exchange) -> {
            exchange.discardRequestBody();
            exchange.respond(head);
            exchange.respondForever(chunk, bytesPerSecond);
            return false;
        });
    }

    /**
     * Picks another fault for each request: with probability {@code rate} one of
     * {@code faults} (uniformly), otherwise {@link #pass()}.
     * @param random the source of randomness, used under a lock
     * @param rate the probability of a fault, 0 to 1
     * @param faults the faults to choose from
     * @return the fault
     */
    public static Fault randomly(Random random, double rate, List<Fault> faults) {
        Objects.requireNonNull(random, "random");
        List<Fault> choices = List.copyOf(faults);
        Fault pass = pass();
        return new Fault("random " + rate + " of " + choices, (exchange) -> {
            Fault chosen;
            synchronized (random) {
                chosen = (random.nextDouble() < rate) ? choices.get(random.nextInt(choices.size())) : pass;
            }
            return chosen.apply(exchange);
        }, true);
    }

    boolean apply(Exchange exchange) throws IOException {
        if (!this.chooser) {
            exchange.applying(this);
        }
        return this.action.apply(exchange);
    }

    private static byte[] streamResponse(String contentType, String... chunks) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response
            .writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (String chunk : chunks) {
            response.writeBytes(HttpBody.chunk(chunk.getBytes(StandardCharsets.UTF_8)));
        }
        return response.toByteArray();
    }

    @Override
    public String toString() {
        return this.description;
    }

    /**
     * What a fault does with one exchange.
     */
    @FunctionalInterface
    interface Action {

        /**
         * Applies the fault to one exchange.
         * @return whether the client connection can carry another request
         */
        boolean apply(Exchange exchange) throws IOException;

    }

    /**
     * A final step after a limit was reached.
     */
    @FunctionalInterface
    interface Step {

        void run(Exchange exchange) throws IOException;

    }

}
