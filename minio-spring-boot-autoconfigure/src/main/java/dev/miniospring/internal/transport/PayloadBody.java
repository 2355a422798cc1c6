package dev.miniospring.internal.transport;

import java.io.IOException;
import java.io.OutputStream;

import dev.miniospring.signing.RequestPayload;

import org.springframework.http.StreamingHttpOutputMessage;

/**
 * A request payload as a streaming body that tells the HTTP client whether it can be
 * written again, so that a request whose pooled connection was closed by the server can
 * be sent again on another one.
 */
final class PayloadBody implements StreamingHttpOutputMessage.Body {

    private final RequestPayload payload;

    PayloadBody(RequestPayload payload) {
        this.payload = payload;
    }

    @Override
    public void writeTo(OutputStream outputStream) throws IOException {
        this.payload.writeTo(outputStream);
    }

    @Override
    public boolean repeatable() {
        return this.payload.replayable();
    }

}
