package dev.miniospring.benchmarks.soak;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The operations of the soak's mix, with their weights.
 */
enum SoakOperation {

    PUT(30), PUT_UNKNOWN_LENGTH(5), PUT_MULTIPART(3), GET(22), GET_AND_CLOSE_EARLY(2), FGET(3), STAT(8),
    EXISTS_MISSING(3), LIST_V2(5), REMOVE(6), REMOVE_OBJECTS(3), COPY(5);

    private static final int TOTAL = total();

    private final int weight;

    SoakOperation(int weight) {
        this.weight = weight;
    }

    static SoakOperation pick() {
        int ticket = ThreadLocalRandom.current().nextInt(TOTAL);
        for (SoakOperation operation : values()) {
            ticket -= operation.weight;
            if (ticket < 0) {
                return operation;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static int total() {
        int total = 0;
        for (SoakOperation operation : values()) {
            total += operation.weight;
        }
        return total;
    }

}
