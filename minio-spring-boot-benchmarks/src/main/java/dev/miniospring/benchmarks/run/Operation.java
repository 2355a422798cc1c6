package dev.miniospring.benchmarks.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.miniospring.benchmarks.GeneratedInputStream;
import dev.miniospring.benchmarks.clients.BenchClient;

/**
 * Runs one operation of a workload on a client and checks its result.
 */
final class Operation {

    static final String BUCKET = "bench";

    static final String SMALL_KEY = "small/obj";

    static final String LARGE_KEY = "large/obj";

    static final String FILE_KEY = "file/obj";

    static final String LIST_PREFIX = "list/";

    static final int LIST_KEYS = 1000;

    private static final byte[] SMALL = GeneratedInputStream.bytes(4096);

    private final Workload workload;

    private final long largeSize;

    private final FileTransfers files;

    Operation(Workload workload, long largeSize, FileTransfers files) {
        this.workload = workload;
        this.largeSize = largeSize;
        this.files = files;
    }

    /**
     * Runs the operation.
     * @return the number of payload bytes moved
     */
    long run(BenchClient client, int thread) throws Exception {
        return switch (this.workload) {
            case PUT_SMALL -> {
                client.put(BUCKET, "small/put-" + thread, SMALL);
                yield SMALL.length;
            }
            case GET_SMALL -> expect(client.get(BUCKET, SMALL_KEY), SMALL.length);
            case HEAD_SMALL -> {
                expect(client.head(BUCKET, SMALL_KEY), SMALL.length);
                yield 0;
            }
            case LIST -> expect(client.list(BUCKET, LIST_PREFIX, 100), LIST_KEYS);
            case PUT_LARGE_KNOWN -> upload(client, this.largeSize);
            case PUT_LARGE_UNKNOWN -> upload(client, -1);
            case GET_LARGE -> expect(client.get(BUCKET, LARGE_KEY), this.largeSize);
            case FILE_UPLOAD -> {
                client.uploadFile(BUCKET, "file/put-" + safeName(client), this.files.source());
                yield this.files.size();
            }
            case FILE_DOWNLOAD -> {
                Path target = this.files.target(client);
                client.downloadFile(BUCKET, FILE_KEY, target);
                yield expect(Files.size(target), this.files.size());
            }
        };
    }

    /**
     * Deletes what the operation left on disk (not timed).
     */
    void cleanUp(BenchClient client) throws IOException {
        if (this.workload == Workload.FILE_DOWNLOAD) {
            this.files.deleteTarget(client);
        }
    }

    private long upload(BenchClient client, long length) throws Exception {
        client.upload(BUCKET, "large/put-" + safeName(client), new GeneratedInputStream(this.largeSize), length);
        return this.largeSize;
    }

    /**
     * Returns the client's name as a key or file name part.
     */
    static String safeName(BenchClient client) {
        return client.name().replaceAll("[^A-Za-z0-9]", "-");
    }

    private static long expect(long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("Expected " + expected + " but got " + actual);
        }
        return actual;
    }

    static byte[] smallContent() {
        return SMALL.clone();
    }

}
