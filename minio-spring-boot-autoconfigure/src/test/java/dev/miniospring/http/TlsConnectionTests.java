package dev.miniospring.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * TLS connections of the template's own Apache HttpClient 5 builder
 * ({@link HttpComponentsClients#requestFactoryBuilder()}): the TLS layer reads whole
 * records from the network instead of each header and body apart, and the SSL bundle's
 * ciphers, protocols, trust and hostname verification, connection reuse and the read
 * timeout work as without the buffer.
 */
class TlsConnectionTests {

    private static final String PASSWORD = "changeit";

    private static final int RECORD_SIZE = 16 * 1024;

    private static final int RECORDS = 64;

    private static final byte[] BODY = body(RECORDS * RECORD_SIZE);

    private final List<String> serverCiphers = new CopyOnWriteArrayList<>();

    private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();

    private final CountDownLatch release = new CountDownLatch(1);

    private HttpsServer server;

    @BeforeEach
    void start() throws Exception {
        this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        this.server.setHttpsConfigurator(new HttpsConfigurator(serverContext()));
        this.server.createContext("/body", (exchange) -> {
            this.serverCiphers.add(((HttpsExchange) exchange).getSSLSession().getCipherSuite());
            this.clientPorts.add(exchange.getRemoteAddress().getPort());
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        this.server.createContext("/stall", (exchange) -> {
            exchange.sendResponseHeaders(200, BODY.length);
            exchange.getResponseBody().write(BODY, 0, RECORD_SIZE);
            exchange.getResponseBody().flush();
            await(this.release);
            exchange.close();
        });
        this.server.start();
    }

    @AfterEach
    void stop() {
        this.release.countDown();
        this.server.stop(0);
    }

    @Test
    void eachNetworkReadBringsWholeRecordsInsteadOfHeaderAndBodyApart() throws Exception {
        int buffered = networkReadsOfTheBody(ReadBufferedTlsStrategy.of(clientBundle(SslOptions.NONE)));
        int unbuffered = networkReadsOfTheBody(new DefaultClientTlsStrategy(
                clientBundle(SslOptions.NONE).createSslContext(), null, null, null, new DefaultHostnameVerifier()));
        assertThat(unbuffered).as("header and body of each record read apart").isGreaterThanOrEqualTo(2 * RECORDS);
        assertThat(buffered).isLessThan(3 * RECORDS / 2);
    }

    @Test
    void eachNetworkReadAsksForAllTheJdkReadsInOneSystemCallAndNeverHowMuchIsWaiting() throws Exception {
        CountingSocket socket = readTheBody(ReadBufferedTlsStrategy.of(clientBundle(SslOptions.NONE)));
        assertThat(socket.requested).isNotEmpty().containsOnly(128 * 1024);
        assertThat(socket.availableCalls).hasValue(0);
    }

    @Test
    void theBodyArrivesWholeOverTwoRequestsOnTheSameConnection() throws Exception {
        ClientHttpRequestFactory requests = requestFactory(clientBundle(SslOptions.NONE), Duration.ofSeconds(10));
        assertThat(get(requests, "/body")).isEqualTo(BODY);
        assertThat(get(requests, "/body")).isEqualTo(BODY);
        assertThat(this.clientPorts).hasSize(2).containsOnly(this.clientPorts.get(0));
    }

    @Test
    void theBundlesCiphersAndProtocolsAreOffered() throws Exception {
        SslOptions aes128 = SslOptions.of(new String[] { "TLS_AES_128_GCM_SHA256" }, new String[] { "TLSv1.3" });
        get(requestFactory(clientBundle(aes128), Duration.ofSeconds(10)), "/body");
        SslOptions aes256 = SslOptions.of(new String[] { "TLS_AES_256_GCM_SHA384" }, new String[] { "TLSv1.3" });
        get(requestFactory(clientBundle(aes256), Duration.ofSeconds(10)), "/body");
        assertThat(this.serverCiphers).containsExactly("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384");
    }

    @Test
    void aCertificateForAnotherHostIsRefused() throws Exception {
        TlsSocketStrategy strategy = ReadBufferedTlsStrategy.of(clientBundle(SslOptions.NONE));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            assertThatExceptionOfType(SSLException.class)
                .isThrownBy(() -> strategy.upgrade(socket, "example.com", port(), null, HttpCoreContext.create()));
        }
    }

    @Test
    void theReadTimeoutStillEndsAStalledBody() throws Exception {
        ClientHttpRequestFactory requests = requestFactory(clientBundle(SslOptions.NONE), Duration.ofMillis(300));
        try (ClientHttpResponse response = requests.createRequest(uri("/stall"), HttpMethod.GET).execute()) {
            assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> response.getBody().readAllBytes());
        }
    }

    private int networkReadsOfTheBody(TlsSocketStrategy strategy) throws Exception {
        CountingSocket socket = readTheBody(strategy);
        return socket.reads.get() - socket.readsBeforeTheBody;
    }

    private CountingSocket readTheBody(TlsSocketStrategy strategy) throws Exception {
        try (CountingSocket socket = new CountingSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()));
            SSLSocket tls = strategy.upgrade(socket, "localhost", port(), null, HttpCoreContext.create());
            OutputStream out = tls.getOutputStream();
            out.write("GET /body HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes());
            out.flush();
            InputStream in = tls.getInputStream();
            int headers = in.read(new byte[1]);
            socket.readsBeforeTheBody = socket.reads.get();
            byte[] all = in.readAllBytes();
            assertThat(headers + all.length).isGreaterThan(BODY.length);
            return socket;
        }
    }

    private ClientHttpRequestFactory requestFactory(SslBundle bundle, Duration readTimeout) {
        return HttpComponentsClients.forS3(HttpComponentsClients.requestFactoryBuilder())
            .build(HttpClientSettings.defaults()
                .withSslBundle(bundle)
                .withTimeouts(Duration.ofSeconds(10), readTimeout));
    }

    private byte[] get(ClientHttpRequestFactory requests, String path) throws IOException {
        try (ClientHttpResponse response = requests.createRequest(uri(path), HttpMethod.GET).execute()) {
            return response.getBody().readAllBytes();
        }
    }

    private URI uri(String path) {
        return URI.create("https://localhost:" + port() + path);
    }

    private int port() {
        return this.server.getAddress().getPort();
    }

    private static SSLContext serverContext() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverKeyStore(), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static KeyStore serverKeyStore() throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/tls/server.p12"))) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        return keyStore;
    }

    private static SslBundle clientBundle(SslOptions options) throws Exception {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/tls/server.crt"))) {
            trustStore.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        return SslBundle.of(SslStoreBundle.of(null, null, trustStore), null, options);
    }

    private static byte[] body(int size) {
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = (byte) (i * 31 + (i >>> 8));
        }
        return body;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A socket that counts the reads of its input stream, the lengths they ask for and
     * the calls to {@code available()}.
     */
    private static final class CountingSocket extends Socket {

        private final AtomicInteger reads = new AtomicInteger();

        private final List<Integer> requested = new CopyOnWriteArrayList<>();

        private final AtomicInteger availableCalls = new AtomicInteger();

        private int readsBeforeTheBody;

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    CountingSocket.this.reads.incrementAndGet();
                    CountingSocket.this.requested.add(length);
                    return super.read(buffer, offset, length);
                }

                @Override
                public int available() throws IOException {
                    CountingSocket.this.availableCalls.incrementAndGet();
                    return super.available();
                }

            };
        }

    }

}
