package dev.miniospring.http;

import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The TLS strategy of the template's Apache HttpClient 5 is set up on the first TLS
 * connection, once, and not when the client is built: clients of {@code http://}
 * endpoints never load the JVM's trust store.
 */
class ReadBufferedTlsStrategyTests {

    @Test
    void setsUpTlsOnTheFirstUpgradeOnly() throws Exception {
        AtomicInteger setUps = new AtomicInteger();
        List<Socket> upgraded = new CopyOnWriteArrayList<>();
        TlsSocketStrategy delegate = (socket, target, port, attachment, context) -> {
            upgraded.add(socket);
            return null;
        };
        TlsSocketStrategy strategy = new ReadBufferedTlsStrategy(() -> {
            setUps.incrementAndGet();
            return delegate;
        });
        assertThat(setUps).hasValue(0);
        try (Socket first = new Socket(); Socket second = new Socket()) {
            strategy.upgrade(first, "localhost", 443, null, HttpCoreContext.create());
            strategy.upgrade(second, "localhost", 443, null, HttpCoreContext.create());
        }
        assertThat(setUps).hasValue(1);
        assertThat(upgraded).hasSize(2).allMatch(ReadBufferedSocket.class::isInstance);
    }

    @Test
    void setUpThatFailsFailsTheConnectionAndIsTriedAgainOnTheNext() throws Exception {
        AtomicInteger setUps = new AtomicInteger();
        TlsSocketStrategy strategy = new ReadBufferedTlsStrategy(() -> {
            setUps.incrementAndGet();
            throw new IllegalStateException("no trust store");
        });
        try (Socket socket = new Socket()) {
            for (int i = 0; i < 2; i++) {
                assertThatIllegalStateException()
                    .isThrownBy(() -> strategy.upgrade(socket, "localhost", 443, null, HttpCoreContext.create()))
                    .withMessage("no trust store");
            }
        }
        assertThat(setUps).hasValue(2);
    }

}
