package dev.miniospring.benchmarks.clients;

import java.util.function.BiFunction;

/**
 * The clients the benchmark knows, by command-line name.
 */
public enum ClientKind {

    /**
     * {@code MinioTemplate} on the JDK HttpClient (its fallback without HttpClient 5).
     */
    TEMPLATE_JDK("template-jdk", true, (s, id) -> TemplateClient.create(s, TemplateClient.Http.JDK, false, id)),

    /** {@code MinioTemplate} on a plain {@code JdkClientHttpRequestFactory}. */
    TEMPLATE_JDK_PLAIN("template-jdk-plain", true,
            (s, id) -> TemplateClient.create(s, TemplateClient.Http.JDK_PLAIN, false, id)),

    /** {@code MinioTemplate} on HttpComponents 5 as it sets it up by default. */
    TEMPLATE_HC5("template-hc5", true, (s, id) -> TemplateClient.create(s, TemplateClient.Http.HC5, false, id)),

    /**
     * Diagnostic: {@code MinioTemplate} on HttpComponents 5 with HttpCore's LAX
     * connection pool instead of its default STRICT one.
     */
    TEMPLATE_HC5_LAX("template-hc5-lax", true, true,
            (s, id) -> TemplateClient.create(s, TemplateClient.Http.HC5_LAX, false, id)),

    /**
     * Diagnostic: {@code MinioTemplate} on HttpComponents 5 without a read timeout (no
     * timed socket reads), to price the timer a timed read costs a virtual thread.
     */
    TEMPLATE_HC5_NO_READ_TIMEOUT("template-hc5-no-read-timeout", true, true,
            (s, id) -> TemplateClient.create(s, TemplateClient.Http.HC5_NO_READ_TIMEOUT, false, id)),

    /**
     * Diagnostic: {@code MinioTemplate} on HttpComponents 5 whose TLS layer reads the
     * socket directly, without the template's network read buffer.
     */
    TEMPLATE_HC5_TLS_UNBUFFERED("template-hc5-tls-unbuffered", true, true,
            (s, id) -> TemplateClient.create(s, TemplateClient.Http.HC5_TLS_UNBUFFERED, false, id)),

    /**
     * {@code MinioTemplate} on HttpComponents 5 with
     * {@code minio.payload-signing=checksum}.
     */
    TEMPLATE_HC5_CHECKSUM("template-hc5-checksum", true,
            (s, id) -> TemplateClient.create(s, TemplateClient.Http.HC5, true, id)),

    /**
     * Diagnostic: {@code MinioTemplate} on HttpComponents 5 set up from
     * {@code HttpComponentsClients.requestFactoryBuilder()}, as when an application
     * passes a builder: the JDK's socket streams instead of the socket channels the
     * template chooses for {@code http://} endpoints.
     */
    TEMPLATE_HC5_STREAMS("template-hc5-streams", true, true,
            (s, id) -> TemplateClient.create(s, TemplateClient.Http.HC5_STREAMS, false, id)),

    /**
     * Diagnostic: {@code template-hc5-streams} with
     * {@code minio.payload-signing=checksum}.
     */
    TEMPLATE_HC5_CHECKSUM_STREAMS("template-hc5-checksum-streams", true, true,
            (s, id) -> TemplateClient.create(s, TemplateClient.Http.HC5_STREAMS, true, id)),

    /** The MinIO Java SDK. */
    MINIO_SDK("minio", false, (s, id) -> MinioSdkClient.create(s)),

    /** AWS SDK v2 {@code S3Client} on Apache HttpClient 5. */
    AWS_SYNC("aws-sync", false, (s, id) -> AwsSyncClient.create(s)),

    /** AWS SDK v2 {@code S3TransferManager} on the CRT client. */
    AWS_TRANSFER_MANAGER("aws-tm", false, (s, id) -> AwsTransferManagerClient.create(s));

    private final String id;

    private final boolean ours;

    private final boolean diagnostic;

    private final BiFunction<ClientSettings, String, BenchClient> factory;

    ClientKind(String id, boolean ours, BiFunction<ClientSettings, String, BenchClient> factory) {
        this(id, ours, false, factory);
    }

    ClientKind(String id, boolean ours, boolean diagnostic, BiFunction<ClientSettings, String, BenchClient> factory) {
        this.id = id;
        this.ours = ours;
        this.diagnostic = diagnostic;
        this.factory = factory;
    }

    /**
     * Returns the command-line name.
     * @return the name
     */
    public String id() {
        return this.id;
    }

    /**
     * Tells whether this is our library (ratios compare ours with the best of the
     * others).
     * @return {@code true} for {@code MinioTemplate}
     */
    public boolean ours() {
        return this.ours;
    }

    /**
     * Tells whether this is a diagnostic variant, run only when named in
     * {@code --clients}.
     * @return {@code true} for a diagnostic variant
     */
    public boolean diagnostic() {
        return this.diagnostic;
    }

    /**
     * Creates the client.
     * @param settings the shared settings
     * @return a new client
     */
    public BenchClient create(ClientSettings settings) {
        return this.factory.apply(settings, this.id);
    }

    /**
     * Finds a kind by command-line name.
     * @param id the name
     * @return the kind
     */
    public static ClientKind of(String id) {
        for (ClientKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown client '" + id + "'");
    }

}
