package dev.miniospring.benchmarks.run;

/**
 * What one timed operation does.
 */
public enum Workload {

    /** PUT of a 4 KiB object. */
    PUT_SMALL("4 KiB PUT", false, "ops/s"),
    /** GET of a 4 KiB object, read to its end. */
    GET_SMALL("4 KiB GET", false, "ops/s"),
    /** HEAD of an object (statObject). */
    HEAD_SMALL("HEAD", false, "ops/s"),
    /** Listing of 1000 keys in pages of 100. */
    LIST("LIST 1000 keys (pages of 100)", false, "lists/s"),
    /** Upload of a large generated stream whose length is passed. */
    PUT_LARGE_KNOWN("PUT known length", true, "MiB/s"),
    /** Upload of a large generated stream of unknown length. */
    PUT_LARGE_UNKNOWN("PUT unknown length", true, "MiB/s"),
    /** GET of a large object, read to its end. */
    GET_LARGE("GET", true, "MiB/s"),
    /** Upload of a file, in parallel parts where the library does so. */
    FILE_UPLOAD("file upload", true, "MiB/s"),
    /**
     * Download of an object into a file, in parallel ranges where the library does so.
     */
    FILE_DOWNLOAD("file download", true, "MiB/s");

    private final String label;

    private final boolean large;

    private final String unit;

    Workload(String label, boolean large, String unit) {
        this.label = label;
        this.large = large;
        this.unit = unit;
    }

    /**
     * Returns the label shown in the report.
     * @return the label
     */
    public String label() {
        return this.label;
    }

    /**
     * Tells whether it moves a large object, timed per operation rather than for a
     * duration.
     * @return {@code true} for large-object workloads
     */
    public boolean large() {
        return this.large;
    }

    /**
     * Returns the throughput unit.
     * @return the unit
     */
    public String unit() {
        return this.unit;
    }

}
