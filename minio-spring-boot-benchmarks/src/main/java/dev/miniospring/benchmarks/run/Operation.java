package dev.miniospring.benchmarks.run;

import dev.miniospring.benchmarks.GeneratedInputStream;
import dev.miniospring.benchmarks.clients.BenchClient;

/**
 * Runs one operation of a workload on a client and checks its result.
 */
final class Operation {

    static final String BUCKET = "bench";

    static final String SMALL_KEY = "small/obj";

    static final String LARGE_KEY = "large/obj";

    static final String LIST_PREFIX = "list/";

    static final int LIST_KEYS = 1000;

    private static final byte[] SMALL = GeneratedInputStream.bytes(4096);

    private final Workload workload;

    private final long largeSize;

    Operation(Workload workload, long largeSize) {
        this.workload = workload;
        this.largeSize = largeSize;
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
        };
    }

    private long upload(BenchClient client, long length) throws Exception {
        client.upload(BUCKET, "large/put-" + client.name().replaceAll("[^A-Za-z0-9]", "-"),
                new GeneratedInputStream(this.largeSize), length);
        return this.largeSize;
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
