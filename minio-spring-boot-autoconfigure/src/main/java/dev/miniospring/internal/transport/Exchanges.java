package dev.miniospring.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.ReflectionUtils;

/**
 * Ends HTTP exchanges at once, without reading the rest of their response body as
 * Spring's responses do on {@code close()}: for an endless, huge or stalled body.
 *
 * @since 0.1.0
 */
public final class Exchanges {

    private static final Log logger = LogFactory.getLog(Exchanges.class);

    private Exchanges() {
    }

    /**
     * Aborts an open response and releases it; its connection is closed, not reused.
     * Never throws.
     * @param response a response of any HTTP client, including one returned by
     * {@link S3Transport#open}
     */
    public static void abort(ClientHttpResponse response) {
        ClientHttpResponse raw = (response instanceof MeteredResponse metered) ? metered.delegate() : response;
        try {
            abortBody(raw.getBody());
        }
        catch (IOException | RuntimeException ex) {
            logger.trace("Aborting a response body failed", ex);
        }
        finally {
            close(response);
        }
    }

    /**
     * HttpComponents 5 streams are aborted ({@code EofSensorInputStream.abort()}, which
     * discards the connection); others (the JDK client's) are closed, after which
     * Spring's {@code close()} has nothing left to read.
     */
    private static void abortBody(InputStream body) throws IOException {
        Method abort = body.getClass().getName().startsWith("org.apache.hc.")
                ? ReflectionUtils.findMethod(body.getClass(), "abort") : null;
        if (abort != null) {
            ReflectionUtils.invokeMethod(abort, body);
        }
        else {
            body.close();
        }
    }

    private static void close(ClientHttpResponse response) {
        try {
            response.close();
        }
        catch (RuntimeException ex) {
            logger.trace("Closing an aborted response failed", ex);
        }
    }

}
