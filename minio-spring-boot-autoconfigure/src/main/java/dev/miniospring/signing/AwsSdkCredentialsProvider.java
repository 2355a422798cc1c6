package dev.miniospring.signing;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import dev.miniospring.MinioException;

import org.springframework.util.Assert;

/**
 * A {@link MinioCredentialsProvider} over an AWS SDK v2 {@link AwsCredentialsProvider},
 * such as its default chain (environment, profiles, web identity/IRSA, container and
 * instance roles), which caches and refreshes credentials itself. Needs
 * {@code software.amazon.awssdk:auth} on the classpath.
 *
 * @since 0.1.0
 */
public final class AwsSdkCredentialsProvider implements MinioCredentialsProvider, AutoCloseable {

    private final AwsCredentialsProvider delegate;

    private final boolean closeDelegate;

    /**
     * Adapts a provider that the caller keeps owning.
     * @param delegate the AWS SDK provider
     */
    public AwsSdkCredentialsProvider(AwsCredentialsProvider delegate) {
        this(delegate, false);
    }

    /**
     * Adapts a provider.
     * @param delegate the AWS SDK provider
     * @param closeDelegate whether {@link #close()} closes the delegate
     */
    public AwsSdkCredentialsProvider(AwsCredentialsProvider delegate, boolean closeDelegate) {
        Assert.notNull(delegate, "'delegate' must not be null");
        this.delegate = delegate;
        this.closeDelegate = closeDelegate;
    }

    @Override
    public MinioCredentials credentials() {
        AwsCredentials resolved = resolve();
        String sessionToken = (resolved instanceof AwsSessionCredentials session) ? session.sessionToken() : null;
        return new MinioCredentials(resolved.accessKeyId(), resolved.secretAccessKey(), sessionToken);
    }

    private AwsCredentials resolve() {
        try {
            return this.delegate.resolveCredentials();
        }
        catch (SdkException ex) {
            throw new MinioException("Cannot resolve credentials with " + this.delegate.getClass().getSimpleName()
                    + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public void close() {
        if (this.closeDelegate && this.delegate instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public String toString() {
        return "AwsSdkCredentialsProvider[" + this.delegate.getClass().getSimpleName() + "]";
    }

}
