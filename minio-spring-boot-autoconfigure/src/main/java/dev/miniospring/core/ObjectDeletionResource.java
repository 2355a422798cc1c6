package dev.miniospring.core;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.DeleteRequest;
import dev.miniospring.internal.xml.DeleteResult;
import dev.miniospring.internal.xml.S3Xml;
import dev.miniospring.object.DeleteError;
import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.DigestUtils;

/**
 * The bulk removal of {@link dev.miniospring.core.MinioTemplate}: quiet multi-object deletes (DeleteObjects) of at most
 * 1000 keys each, sent only as the returned stream is consumed.
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
     * Removes objects in batches, lazily: each batch is read from the keys and sent when the stream needs more
     * errors, so nothing is removed until the stream is consumed.
     * @param bucket the bucket
     * @param keys the keys, read once, in order
     * @return the keys that could not be removed; missing keys are not errors
     * @throws IllegalArgumentException (while consuming) on an invalid key (null, empty, too long, or holding a
     * character XML cannot carry), before its batch is sent
     */
    public Stream<DeleteError> removeObjects(String bucket, Iterable<String> keys) {
        BucketNames.validate(bucket);
        Assert.notNull(keys, "'keys' must not be null");
        return LazyPages.stream(new Batches(bucket, keys));
    }

    /**
     * Removes one batch of at most 1000 keys with a quiet DeleteObjects request.
     * @param bucket the bucket
     * @param keys the keys
     * @return the keys that could not be removed
     */
    public List<DeleteError> removeBatch(String bucket, List<String> keys) {
        Assert.isTrue(keys.size() <= MAX_KEYS_PER_REQUEST, "'keys' must not hold more than 1000 keys");
        byte[] body = S3Xml.write(DeleteRequest.quiet(keys));
        S3Request request = S3Request.builder(HttpMethod.POST)
            .bucket(bucket)
            .query("delete", "")
            .header("Content-MD5", Base64.getEncoder().encodeToString(DigestUtils.md5Digest(body)))
            .header("Content-Type", "application/xml")
            .payload(RequestPayload.of(body))
            .build();
        DeleteResult result = this.transport.execute(request, DeleteResult.class);
        return result.errors().stream().map(ObjectDeletionResource::deleteError).toList();
    }

    private static DeleteError deleteError(DeleteResult.Error error) {
        return new DeleteError(String.valueOf(error.key()), String.valueOf(error.code()), error.message());
    }

    private final class Batches implements Supplier<@Nullable List<DeleteError>> {

        private final String bucket;

        private final Iterable<String> keys;

        private @Nullable Iterator<String> remaining;

        Batches(String bucket, Iterable<String> keys) {
            this.bucket = bucket;
            this.keys = keys;
        }

        @Override
        public @Nullable List<DeleteError> get() {
            Iterator<String> iterator = (this.remaining != null) ? this.remaining : this.keys.iterator();
            this.remaining = iterator;
            List<String> batch = new ArrayList<>(MAX_KEYS_PER_REQUEST);
            while (batch.size() < MAX_KEYS_PER_REQUEST && iterator.hasNext()) {
                String key = iterator.next();
                Assert.hasLength(key, "'keys' must not contain null or empty keys");
                ObjectKeys.validate(key, "keys");
                batch.add(key);
            }
            return batch.isEmpty() ? null : removeBatch(this.bucket, batch);
        }

    }

}
