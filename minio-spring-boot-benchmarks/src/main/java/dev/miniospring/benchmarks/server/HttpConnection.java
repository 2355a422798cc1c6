package dev.miniospring.benchmarks.server;

import java.io.IOException;
import java.util.LinkedHashMap;

/**
 * Serves the requests of one connection in turn on its own thread: reads the head, reads
 * and discards the body (after {@code 100 Continue} when asked), lets the handler answer,
 * until the client closes the connection or asks to.
 */
final class HttpConnection implements Runnable {

    private final Transport transport;

    private final Handler handler;

    HttpConnection(Transport transport, Handler handler) {
        this.transport = transport;
        this.handler = handler;
    }

    @Override
    public void run() {
        try (this.transport) {
            RequestReader reader = new RequestReader(this.transport);
            for (RequestHead head = reader.readHead(); head != null; head = reader.readHead()) {
                if (!serve(reader, head) || head.closes()) {
                    return;
                }
            }
        }
        catch (IOException ex) {
            // the client closed or broke the connection, or sent what is not understood
        }
    }

    private boolean serve(RequestReader reader, RequestHead head) throws IOException {
        if (head.expectsContinue()) {
            Exchange.sendContinue(this.transport);
        }
        reader.discardBody(head);
        Exchange exchange = new Exchange(head, this.transport);
        this.handler.handle(exchange);
        if (!exchange.answered()) {
            exchange.respondEmpty(500, new LinkedHashMap<>());
            return false;
        }
        return true;
    }

    /**
     * Answers a request.
     */
    @FunctionalInterface
    interface Handler {

        void handle(Exchange exchange) throws IOException;

    }

}
