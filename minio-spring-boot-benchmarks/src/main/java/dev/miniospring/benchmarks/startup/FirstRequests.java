package dev.miniospring.benchmarks.startup;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.miniospring.core.MinioOperations;

import org.springframework.context.ApplicationContext;

/**
 * Times the first and second {@code statObject} and {@code putObject} of the
 * auto-configured template, so that what start-up leaves to the first request shows.
 */
final class FirstRequests {

    static final String BUCKET = "bench";

    static final String PREFIX = "startup.";

    private static final byte[] CONTENT = new byte[4096];

    private FirstRequests() {
    }

    /**
     * Runs the requests.
     * @param context the started app
     * @return one {@code startup.<name>-ns=<nanos>} line per request
     */
    static List<String> measure(ApplicationContext context) {
        MinioOperations template = context.getBean(MinioOperations.class);
        List<String> lines = new ArrayList<>();
        Consumer<String> stat = (key) -> template.statObject(BUCKET, key);
        Consumer<String> put = (key) -> template.putObject(BUCKET, key, new ByteArrayInputStream(CONTENT),
                CONTENT.length);
        lines.add(timed("first-stat", stat));
        lines.add(timed("second-stat", stat));
        lines.add(timed("first-put", put));
        lines.add(timed("second-put", put));
        return lines;
    }

    private static String timed(String name, Consumer<String> request) {
        long start = System.nanoTime();
        request.accept("startup/" + name);
        return PREFIX + name + "-ns=" + (System.nanoTime() - start);
    }

}
