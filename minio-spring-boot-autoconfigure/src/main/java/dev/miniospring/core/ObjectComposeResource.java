package dev.miniospring.core;

import java.util.List;

import dev.miniospring.http.PayloadSigning;
import dev.miniospring.internal.transport.RequestDecorator;
import dev.miniospring.internal.upload.MultipartCopier;
import dev.miniospring.internal.upload.MultipartCopySizes;
import dev.miniospring.internal.upload.ProgressTracker;
import dev.miniospring.internal.upload.UploadTarget;
import dev.miniospring.object.ComposeObjectOptions;
import dev.miniospring.object.ComposeSource;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.MetadataDirective;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.util.Assert;

/**
 * The server-side compose of {@link dev.miniospring.core.MinioTemplate} (UploadPartCopy
 * into a multipart upload), and the copies of sources too large for one CopyObject. Every
 * source is read with HeadObject first, the size rules are checked before anything is
 * written, and each part is pinned to the ETag its source had then, so that a source
 * changed midway fails the compose, which then aborts its upload.
 */
final class ObjectComposeResource {

    private final SourceHeads heads;

    private final MultipartCopier copier;

    private final MultipartCopySizes sizes;

    private final CustomerKeyGuard customerKeys;

    private final PayloadSigning payloadSigning;

    /**
     * Creates the operations.
     * @param copier the engine of multipart copies
     * @param sizes how copies are split
     * @param customerKeys the guard of SSE-C keys
     * @param payloadSigning how request bodies are protected
     * @param heads reads the information of a source object
     */
    ObjectComposeResource(MultipartCopier copier, MultipartCopySizes sizes, CustomerKeyGuard customerKeys,
            PayloadSigning payloadSigning, SourceHeads heads) {
        this.copier = copier;
        this.sizes = sizes;
        this.customerKeys = customerKeys;
        this.payloadSigning = payloadSigning;
        this.heads = heads;
    }

    /**
     * Concatenates sources, or ranges of them, into a new object on the server.
     * @param bucket the target bucket
     * @param key the target key
     * @param sources 1 to 10,000 sources, in order
     * @param options the content type, metadata, tags and encryption of the new object
     * @return the ETag and version id of the new object
     */
    ObjectWriteResponse composeObject(String bucket, String key, List<ComposeSource> sources,
            ComposeObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        validate(sources);
        Assert.notNull(options, "'options' must not be null");
        this.customerKeys.check(options.encryption());
        sources.forEach((source) -> this.customerKeys.check(source.source().customerKey()));
        List<StatObjectResponse> stats = sources.stream().map(this::head).toList();
        return copy(bucket, key, ComposeParts.plan(sources, stats, this.sizes), options);
    }

    /**
     * Tells whether a source is too large for one CopyObject.
     * @param stat the source's information
     * @return {@code true} when it is copied in parts
     */
    boolean needsParts(StatObjectResponse stat) {
        return stat.size() > this.sizes.threshold();
    }

    /**
     * Copies a whole source in parts; with {@link MetadataDirective#COPY} the new object
     * gets the source's content type and user metadata, as read with HeadObject.
     * Arguments are checked by the caller.
     * @param bucket the target bucket
     * @param key the target key
     * @param source the source
     * @param options the metadata directive, new attributes and encryption
     * @return the ETag and version id of the new object
     */
    ObjectWriteResponse copyObject(String bucket, String key, CopySource source, CopyObjectOptions options) {
        List<ComposeSource> sources = List.of(ComposeSource.of(source));
        StatObjectResponse stat = head(sources.get(0));
        return copy(bucket, key, ComposeParts.plan(sources, List.of(stat), this.sizes), targetOptions(options, stat));
    }

    private static ComposeObjectOptions targetOptions(CopyObjectOptions options, StatObjectResponse stat) {
        boolean replace = options.metadataDirective() == MetadataDirective.REPLACE;
        ComposeObjectOptions target = ComposeObjectOptions.none()
            .withContentType((replace && options.contentType() != null) ? options.contentType() : stat.contentType())
            .withMetadata(replace ? options.metadata() : stat.userMetadata());
        return (options.encryption() != null) ? target.withEncryption(options.encryption()) : target;
    }

    private StatObjectResponse head(ComposeSource compose) {
        CopySource source = compose.source();
        return this.heads.stat(source.bucket(), source.key(),
                new StatObjectOptions(source.versionId(), source.conditions(), source.customerKey()));
    }

    private ObjectWriteResponse copy(String bucket, String key, List<RequestDecorator> parts,
            ComposeObjectOptions options) {
        UploadTarget target = new UploadTarget(bucket, key, ObjectOptionDecorators.compose(options),
                new ProgressTracker(bucket, key, -1, ProgressListener.NONE), this.payloadSigning, null, false);
        return this.copier.copy(target, parts);
    }

    private static void validate(List<ComposeSource> sources) {
        Assert.notNull(sources, "'sources' must not be null");
        Assert.isTrue(!sources.isEmpty() && sources.size() <= ComposeParts.MAX_PARTS,
                () -> "'sources' must hold 1 to " + ComposeParts.MAX_PARTS + " sources (holds " + sources.size() + ")");
        for (int i = 0; i < sources.size(); i++) {
            ComposeSource source = sources.get(i);
            int index = i;
            Assert.notNull(source, () -> "'sources' [" + index + "] must not be null");
            ObjectArguments.validateSource(source.source());
        }
    }

    /**
     * Reads the information of an object (HeadObject).
     */
    @FunctionalInterface
    interface SourceHeads {

        StatObjectResponse stat(String bucket, String key, StatObjectOptions options);

    }

}
