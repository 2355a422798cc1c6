package dev.miniospring.signing;

/**
 * A {@link MinioCredentialsProvider} of fixed credentials.
 */
final class StaticCredentialsProvider implements MinioCredentialsProvider {

    private final MinioCredentials credentials;

    StaticCredentialsProvider(MinioCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public MinioCredentials credentials() {
        return this.credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider[" + this.credentials + "]";
    }

}
