package dev.miniospring.benchmarks.diagnosis;

import java.net.URI;

import dev.miniospring.benchmarks.clients.ClientKind;
import dev.miniospring.benchmarks.clients.ClientSettings;

/**
 * One way of sending a GET of a 4 KiB object to the do-nothing server, called by many
 * threads at once.
 */
interface RequestLoop extends AutoCloseable {

    /** The bucket of the object. */
    String BUCKET = "bench";

    /** The key of the object (4 KiB on the do-nothing server). */
    String KEY = "small/obj";

    /**
     * Sends one GET and reads its body to the end.
     * @param thread the index of the calling thread, below the number of threads
     * @return the bytes of the body
     * @throws Exception on failure
     */
    long get(int thread) throws Exception;

    /**
     * Creates a loop by name: {@code raw} (a blocking socket per thread), {@code hc5}
     * (plain Apache HttpClient 5 classic) or {@code template} (the template as the
     * benchmark builds it, for virtual threads as with
     * {@code spring.threads.virtual.enabled=true}).
     * @param name the name
     * @param endpoint the do-nothing server
     * @param maxThreads the largest number of calling threads
     * @param virtualThreads whether the calling threads are virtual
     * @return the loop
     */
    static RequestLoop of(String name, URI endpoint, int maxThreads, boolean virtualThreads) {
        return switch (name) {
            case "raw" -> new RawSocketLoop(endpoint, maxThreads);
            case "hc5" -> new Hc5Loop(endpoint);
            case "template" -> template(endpoint, virtualThreads);
            default -> throw new IllegalArgumentException("Unknown loop '" + name + "' (raw, hc5 or template)");
        };
    }

    private static RequestLoop template(URI endpoint, boolean virtualThreads) {
        ClientSettings settings = new ClientSettings(endpoint, "benchmark", "benchmark-secret", 16L << 20, 4, 16, null,
                virtualThreads);
        var client = ClientKind.TEMPLATE_HC5.create(settings);
        return new RequestLoop() {

            @Override
            public long get(int thread) throws Exception {
                return client.get(BUCKET, KEY);
            }

            @Override
            public void close() throws Exception {
                client.close();
            }

        };
    }

}
