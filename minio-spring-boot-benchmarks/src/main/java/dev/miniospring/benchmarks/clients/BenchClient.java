package dev.miniospring.benchmarks.clients;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * The operations the benchmark times, implemented on one client library. Every method
 * throws on failure.
 */
public interface BenchClient extends AutoCloseable {

    /**
     * Returns the name shown in the report.
     * @return the name
     */
    String name();

    /**
     * Tells whether this client takes part in small-object and listing workloads.
     * @return {@code true} unless it exists for large objects only
     */
    default boolean smallObjects() {
        return true;
    }

    /**
     * Tells whether this client can upload a stream of unknown length.
     * @return {@code true} when it can
     */
    default boolean unknownLength() {
        return true;
    }

    /**
     * Uploads a small in-memory object.
     * @param bucket the bucket
     * @param key the key
     * @param data the content
     * @throws Exception on failure
     */
    void put(String bucket, String key, byte[] data) throws Exception;

    /**
     * Downloads an object and reads it to its end.
     * @param bucket the bucket
     * @param key the key
     * @return the number of bytes read
     * @throws Exception on failure
     */
    long get(String bucket, String key) throws Exception;

    /**
     * Reads an object's metadata.
     * @param bucket the bucket
     * @param key the key
     * @return the object's size
     * @throws Exception on failure
     */
    long head(String bucket, String key) throws Exception;

    /**
     * Lists all keys under a prefix, {@code pageSize} keys per request.
     * @param bucket the bucket
     * @param prefix the prefix
     * @param pageSize the keys per page
     * @return the number of keys
     * @throws Exception on failure
     */
    int list(String bucket, String prefix, int pageSize) throws Exception;

    /**
     * Uploads a stream, in parts where the library does so.
     * @param bucket the bucket
     * @param key the key
     * @param data the stream
     * @param length its length, or {@code -1} when unknown
     * @throws Exception on failure
     */
    void upload(String bucket, String key, InputStream data, long length) throws Exception;

    /**
     * Uploads a file, in parallel parts where the library does so.
     * @param bucket the bucket
     * @param key the key
     * @param file the file
     * @throws Exception on failure
     */
    void uploadFile(String bucket, String key, Path file) throws Exception;

    /**
     * Downloads an object into a file, replacing it, in parallel ranges where the library
     * does so.
     * @param bucket the bucket
     * @param key the key
     * @param file the target file
     * @throws Exception on failure
     */
    void downloadFile(String bucket, String key, Path file) throws Exception;

    /**
     * Creates a bucket unless it exists (setup, not timed).
     * @param bucket the bucket
     * @throws Exception on failure
     */
    void createBucket(String bucket) throws Exception;

    @Override
    void close() throws Exception;

}
