package dev.miniospring.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.DeleteRequest;
import dev.miniospring.internal.xml.DeleteRequest.ObjectIdentifier;
import dev.miniospring.internal.xml.DeleteResult;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.DeleteObject;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The bulk removal of {@link dev.miniospring.core.MinioTemplate}: quiet multi-object
 * deletes (DeleteObjects) of at most 1000 keys each, sent only as the returned stream is
 * consumed.
 */
final class ObjectDeletionResource {

    /**
     * The most keys S3 accepts in one multi-object delete.
     */
    public static final int MAX_KEYS_PER_REQUEST = 1000;

    private final S3Transport transport;

    /**
     * Creates the removal on a transport.
     * @param transport the transport
     */
    public ObjectDeletionResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Removes objects in batches, lazily: each batch is read from the keys and sent when
     * the stream needs more errors, so nothing is removed until the stream is consumed.
     * @param bucket the bucket
     * @param keys the keys, read once, in order
     * @return the keys that could not be removed; missing keys are not errors
     * @throws IllegalArgumentException (while consuming) on an invalid key (null, empty,
     * too long, or holding a character XML cannot carry), before its batch is sent
     */
    public Stream<DeleteError> removeObjects(String bucket, Iterable<String> keys) {
        BucketNames.validate(bucket);
        Assert.notNull(keys, "'keys' must not be null");
        return LazyPages.stream(new Batches<>(bucket, keys, ObjectDeletionResource::current, false));
    }

    /**
     * Removes objects or versions of objects in batches, lazily, like
     * {@link #removeObjects(String, Iterable)}.
     * @param bucket the bucket
     * @param objects the objects, each with a version id or none, read once, in order
     * @param bypassGovernance whether to remove versions under a GOVERNANCE retention
     * @return the objects that could not be removed
     * @throws IllegalArgumentException (while consuming) on a null object, an invalid key
     * or version id, before its batch is sent
     */
    public Stream<DeleteError> removeObjects(String bucket, Iterable<DeleteObject> objects, boolean bypassGovernance) {
        BucketNames.validate(bucket);
        Assert.notNull(objects, "'objects' must not be null");
        return LazyPages.stream(new Batches<>(bucket, objects, ObjectDeletionResource::identifier, bypassGovernance));
    }

    /**
     * Removes one batch of at most 1000 objects with a quiet DeleteObjects request.
     * @param bucket the bucket
     * @param objects the objects, each with a version id or none
     * @param bypassGovernance whether to send
     * {@code x-amz-bypass-governance-retention: true}
     * @return the objects that could not be removed
     */
    public List<DeleteError> removeBatch(String bucket, List<ObjectIdentifier> objects, boolean bypassGovernance) {
        Assert.isTrue(objects.size() <= MAX_KEYS_PER_REQUEST, "'keys' must not hold more than 1000 keys");
        S3Request.Builder request = S3Request.builder(HttpMethod.POST).bucket(bucket).query("delete", "");
        if (bypassGovernance) {
            request.header(ObjectRetentionResource.BYPASS_GOVERNANCE, "true");
        }
        S3Request delete = XmlBodies.withDocument(request, DeleteRequest.quietVersions(objects)).build();
        DeleteResult result = this.transport.execute(delete, DeleteResult.class);
        return result.errors().stream().map(ObjectDeletionResource::deleteError).toList();
    }

    private static ObjectIdentifier current(String key) {
        Assert.hasLength(key, "'keys' must not contain null or empty keys");
        ObjectKeys.validate(key, "keys");
        return new ObjectIdentifier(key, null);
    }

    private static ObjectIdentifier identifier(DeleteObject object) {
        Assert.notNull(object, "'objects' must not contain null");
        ObjectKeys.validate(object.name(), "objects");
        return new ObjectIdentifier(object.name(), object.versionId());
    }

    private static DeleteError deleteError(DeleteResult.Error error) {
        return new DeleteError(String.valueOf(error.key()), String.valueOf(error.code()), error.message(),
                error.versionId());
    }

    private final class Batches<T> implements Supplier<@Nullable List<DeleteError>> {

        private final String bucket;

        private final Iterable<T> objects;

        private final Function<T, ObjectIdentifier> identifier;

        private final boolean bypassGovernance;

        private @Nullable Iterator<T> remaining;

        Batches(String bucket, Iterable<T> objects, Function<T, ObjectIdentifier> identifier,
                boolean bypassGovernance) {
            this.bucket = bucket;
            this.objects = objects;
            this.identifier = identifier;
            this.bypassGovernance = bypassGovernance;
        }

        @Override
        public @Nullable List<DeleteError> get() {
            Iterator<T> iterator = (this.remaining != null) ? this.remaining : this.objects.iterator();
            this.remaining = iterator;
            List<ObjectIdentifier> batch = new ArrayList<>(MAX_KEYS_PER_REQUEST);
            while (batch.size() < MAX_KEYS_PER_REQUEST && iterator.hasNext()) {
                batch.add(this.identifier.apply(iterator.next()));
            }
            return batch.isEmpty() ? null : removeBatch(this.bucket, batch, this.bypassGovernance);
        }

    }

}
