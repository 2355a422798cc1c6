package dev.miniospring.benchmarks.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import dev.miniospring.benchmarks.TempDirectory;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;

/**
 * A self-signed EC P-256 certificate for {@code 127.0.0.1} and {@code localhost},
 * generated at run time by the JDK's {@code keytool} into a temporary PKCS12 key store
 * (random password, passed through the environment) that {@link #close()} deletes.
 * Clients trust exactly this certificate.
 */
public final class SelfSignedCertificate implements AutoCloseable {

    /**
     * The environment variable through which child processes receive the key store
     * password.
     */
    public static final String PASSWORD_VARIABLE = "BENCH_KEYSTORE_PASSWORD";

    private static final String ALIAS = "bench";

    private final TempDirectory directory;

    private final Path keyStore;

    private final String password;

    private final KeyStore trustStore;

    private SelfSignedCertificate(TempDirectory directory, Path keyStore, String password, KeyStore trustStore) {
        this.directory = directory;
        this.keyStore = keyStore;
        this.password = password;
        this.trustStore = trustStore;
    }

    /**
     * Generates the certificate and its key.
     * @return the certificate
     * @throws IOException when keytool fails
     * @throws GeneralSecurityException when the key store cannot be read
     */
    public static SelfSignedCertificate generate() throws IOException, GeneralSecurityException {
        TempDirectory directory = TempDirectory.create("bench-tls");
        Path keyStore = directory.path().resolve("server.p12");
        String password = UUID.randomUUID().toString();
        try {
            runKeytool(keyStore, password);
            return new SelfSignedCertificate(directory, keyStore, password, trustStore(keyStore, password));
        }
        catch (IOException | GeneralSecurityException | RuntimeException ex) {
            directory.close();
            throw ex;
        }
    }

    private static void runKeytool(Path keyStore, String password) throws IOException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass:env",
                PASSWORD_VARIABLE, "-keypass:env", PASSWORD_VARIABLE))
            .redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool could not generate the benchmark certificate: " + output.trim());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while keytool ran", ex);
        }
    }

    private static KeyStore trustStore(Path keyStore, String password) throws IOException, GeneralSecurityException {
        Certificate certificate = load(keyStore, password.toCharArray()).getCertificate(ALIAS);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(ALIAS, certificate);
        return trust;
    }

    private static KeyStore load(Path keyStore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password);
        }
        return store;
    }

    /**
     * Returns the server side: a TLS context presenting the certificate of a key store.
     * @param keyStore the PKCS12 key store
     * @param password its password
     * @return the context
     * @throws IOException when the key store cannot be read
     * @throws GeneralSecurityException when it holds no usable key
     */
    public static SSLContext serverContext(Path keyStore, String password)
            throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore, password.toCharArray()), password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /**
     * Returns the PKCS12 key store holding the certificate and its private key, for
     * servers.
     * @return the file
     */
    public Path keyStore() {
        return this.keyStore;
    }

    /**
     * Returns the key store password, for servers (never logged).
     * @return the password
     */
    public String password() {
        return this.password;
    }

    /**
     * Returns a trust manager that trusts this certificate only.
     * @return the trust manager
     */
    public X509TrustManager trustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(this.trustStore);
            return (X509TrustManager) factory.getTrustManagers()[0];
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Cannot trust the benchmark certificate", ex);
        }
    }

    /**
     * Returns a client TLS context that trusts this certificate only.
     * @return the context
     */
    public SSLContext clientContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new X509TrustManager[] { trustManager() }, null);
            return context;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Cannot trust the benchmark certificate", ex);
        }
    }

    /**
     * Returns a Spring Boot SSL bundle that trusts this certificate only, as
     * {@code spring.ssl.bundle.*} would give.
     * @return the bundle
     */
    public SslBundle sslBundle() {
        return SslBundle.of(SslStoreBundle.of(null, null, this.trustStore));
    }

    /**
     * Deletes the key store.
     */
    @Override
    public void close() {
        this.directory.close();
    }

}
