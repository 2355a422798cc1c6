package dev.miniospring.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioOperations;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.WritableResource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * An object as a Spring {@link WritableResource}, addressed as
 * {@code minio://bucket/key}: streamed when read, streamed into an upload of bounded
 * memory when written.
 *
 * <p>
 * {@link #exists()} sends a HEAD and remembers the answer; {@link #contentLength()} and
 * {@link #lastModified()} use the remembered answer, sending a HEAD only when there is
 * none, so checking existence, size and date costs one request. A completed write through
 * this resource forgets it. Keys ending with {@code /} (and the empty key) are prefixes:
 * they can be listed with {@link MinioResourcePatternResolver} and resolved against, not
 * read or written.
 *
 * @since 0.1.0
 */
public class MinioResource extends AbstractResource implements WritableResource {

    private final MinioOperations operations;

    private final ObjectLocation location;

    private final ResourceSettings settings;

    private volatile @Nullable StatObjectResponse head;

    /**
     * Creates a resource.
     * @param operations the template to reach the object through
     * @param bucket the bucket name
     * @param key the object key, or a prefix (empty or ending with {@code /})
     * @param settings the URL expiry and output stream settings
     */
    public MinioResource(MinioOperations operations, String bucket, String key, ResourceSettings settings) {
        this(operations, new ObjectLocation(bucket, key), settings);
    }

    MinioResource(MinioOperations operations, ObjectLocation location, ResourceSettings settings) {
        Assert.notNull(operations, "'operations' must not be null");
        Assert.notNull(settings, "'settings' must not be null");
        this.operations = operations;
        this.location = location;
        this.settings = settings;
    }

    /**
     * Returns the bucket name.
     * @return the bucket
     */
    public String bucket() {
        return this.location.bucket();
    }

    /**
     * Returns the object key.
     * @return the key, possibly a prefix
     */
    public String key() {
        return this.location.key();
    }

    /**
     * Tells whether the object exists, with a HEAD request whose answer is remembered.
     * @return {@code false} when the key or the bucket is missing, or for a prefix; other
     * errors are thrown
     */
    @Override
    public boolean exists() {
        return !this.location.isPrefix() && fetchHead() != null;
    }

    @Override
    public long contentLength() throws IOException {
        return head().size();
    }

    @Override
    public long lastModified() throws IOException {
        StatObjectResponse stat = head();
        if (stat.lastModified() == null) {
            throw new IOException(getDescription() + " has no Last-Modified date");
        }
        return stat.lastModified().toEpochMilli();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        requireObject();
        try {
            return this.operations.getObject(bucket(), key());
        }
        catch (MinioErrorResponseException ex) {
            if (isMissing(ex)) {
                throw notFound(ex);
            }
            throw ex;
        }
    }

    /**
     * Opens a stream whose content is stored as this object when it is closed; see
     * {@link UploadOutputStream}. The content type is guessed from the key's file name
     * extension.
     * @return the stream, to be closed (or {@linkplain UploadOutputStream#abort()
     * aborted})
     * @throws IOException for a prefix
     */
    @Override
    public UploadOutputStream getOutputStream() throws IOException {
        requireObject();
        this.head = null;
        String contentType = MediaTypeFactory.getMediaType(key()).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
        return new UploadOutputStream(this.operations, this.location, contentType, this.settings);
    }

    /**
     * Returns a presigned GET URL valid for {@link ResourceSettings#urlExpiry()}.
     * @return the URL
     * @throws IOException for a prefix, or when the template has no credentials to sign
     * with
     */
    @Override
    public URL getURL() throws IOException {
        requireObject();
        try {
            return URI.create(this.operations.presignedGetObject(bucket(), key(), this.settings.urlExpiry())).toURL();
        }
        catch (IllegalStateException | MalformedURLException ex) {
            throw new IOException("No URL for " + getDescription() + ": " + ex.getMessage(), ex);
        }
    }

    MinioOperations operations() {
        return this.operations;
    }

    MinioResource withKey(String key) {
        return new MinioResource(this.operations, new ObjectLocation(bucket(), key), this.settings);
    }

    @Override
    public MinioResource createRelative(String relativePath) {
        return new MinioResource(this.operations, this.location.relative(relativePath), this.settings);
    }

    @Override
    public @Nullable String getFilename() {
        String filename = StringUtils.getFilename(key());
        return StringUtils.hasLength(filename) ? filename : null;
    }

    @Override
    public String getDescription() {
        return "MinIO object [" + this.location + "]";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (this == other) || (other instanceof MinioResource that && this.operations == that.operations
                && this.location.equals(that.location));
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(this.operations), this.location);
    }

    private StatObjectResponse head() throws IOException {
        StatObjectResponse remembered = this.head;
        if (remembered != null) {
            return remembered;
        }
        requireObject();
        StatObjectResponse fetched = fetchHead();
        if (fetched == null) {
            throw new FileNotFoundException(getDescription() + " does not exist");
        }
        return fetched;
    }

    private @Nullable StatObjectResponse fetchHead() {
        try {
            StatObjectResponse fetched = this.operations.statObject(bucket(), key());
            this.head = fetched;
            return fetched;
        }
        catch (MinioErrorResponseException ex) {
            if (isMissing(ex)) {
                this.head = null;
                return null;
            }
            throw ex;
        }
    }

    private void requireObject() throws IOException {
        if (this.location.isPrefix()) {
            throw new FileNotFoundException(getDescription() + " is a prefix, not an object: list it with "
                    + MinioResourcePatternResolver.class.getSimpleName());
        }
    }

    private static boolean isMissing(MinioErrorResponseException ex) {
        return "NoSuchKey".equals(ex.code()) || "NoSuchBucket".equals(ex.code());
    }

    private FileNotFoundException notFound(MinioErrorResponseException ex) {
        FileNotFoundException notFound = new FileNotFoundException(
                getDescription() + " does not exist (" + ex.code() + ")");
        notFound.initCause(ex);
        return notFound;
    }

}
