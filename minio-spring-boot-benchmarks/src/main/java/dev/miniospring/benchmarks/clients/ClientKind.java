package dev.miniospring.benchmarks.clients;

import java.util.function.Function;

/**
 * The clients the benchmark knows, by command-line name.
 */
public enum ClientKind {

    /** {@code MinioTemplate} on the JDK HttpClient (its fallback without HttpClient 5). */
    TEMPLATE_JDK("template-jdk", true, (s) -> TemplateClient.create(s, TemplateClient.Http.JDK, false)),

    /** {@code MinioTemplate} on a plain {@code JdkClientHttpRequestFactory}. */
    TEMPLATE_JDK_PLAIN("template-jdk-plain", true, (s) -> TemplateClient.create(s, TemplateClient.Http.JDK_PLAIN,
            false)),

    /** {@code MinioTemplate} on HttpComponents 5 as it sets it up by default. */
    TEMPLATE_HC5("template-hc5", true, (s) -> TemplateClient.create(s, TemplateClient.Http.HC5, false)),

    /** {@code MinioTemplate} on HttpComponents 5 with {@code minio.payload-signing=checksum}. */
    TEMPLATE_HC5_CHECKSUM("template-hc5-checksum", true,
            (s) -> TemplateClient.create(s, TemplateClient.Http.HC5, true)),

    /** The MinIO Java SDK. */
    MINIO_SDK("minio", false, MinioSdkClient::create),

    /** AWS SDK v2 {@code S3Client} on Apache HttpClient 5. */
    AWS_SYNC("aws-sync", false, AwsSyncClient::create),

    /** AWS SDK v2 {@code S3TransferManager} on the CRT client. */
    AWS_TRANSFER_MANAGER("aws-tm", false, AwsTransferManagerClient::create);

    private final String id;

    private final boolean ours;

    private final Function<ClientSettings, BenchClient> factory;

    ClientKind(String id, boolean ours, Function<ClientSettings, BenchClient> factory) {
        this.id = id;
        this.ours = ours;
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
     * Tells whether this is our library (ratios compare ours with the best of the others).
     * @return {@code true} for {@code MinioTemplate}
     */
    public boolean ours() {
        return this.ours;
    }

    /**
     * Creates the client.
     * @param settings the shared settings
     * @return a new client
     */
    public BenchClient create(ClientSettings settings) {
        return this.factory.apply(settings);
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
