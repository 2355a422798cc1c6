package dev.miniospring.benchmarks.run;

import java.time.Duration;

/**
 * How long and how often each scenario runs.
 *
 * @param rounds the measured rounds (each client runs once per round, in rotated order)
 * @param warmup the duration of the unmeasured first round of small-object scenarios
 * @param duration the duration of a measured round of a small-object scenario
 * @param largeOperations the operations per round of a large-object scenario (the warm-up
 * round does one)
 * @param largeSize the size of large objects in bytes
 * @param fileSize the size of uploaded and downloaded files in bytes
 */
public record RunSettings(int rounds, Duration warmup, Duration duration, int largeOperations, long largeSize,
        long fileSize) {

    /**
     * Returns the settings of a named mode.
     * @param mode {@code quick} (a smoke run of a few minutes, 64 MiB files) or
     * {@code full} (1 GiB files)
     * @return the settings
     */
    public static RunSettings of(String mode) {
        long large = 256L * 1024 * 1024;
        return switch (mode) {
            case "quick" -> new RunSettings(2, Duration.ofMillis(300), Duration.ofMillis(700), 1, large, 64L << 20);
            case "full" -> new RunSettings(5, Duration.ofMillis(1500), Duration.ofSeconds(2), 1, large, 1L << 30);
            default -> throw new IllegalArgumentException("Unknown mode '" + mode + "' (quick or full)");
        };
    }

    /**
     * Returns these settings with other object sizes.
     * @param largeSize the size of large objects in bytes
     * @param fileSize the size of files in bytes
     * @return the settings
     */
    public RunSettings withSizes(long largeSize, long fileSize) {
        return new RunSettings(this.rounds, this.warmup, this.duration, this.largeOperations, largeSize, fileSize);
    }

    /**
     * Returns these settings with another number of operations per measured round of a
     * large-object scenario.
     * @param operations the operations per round (at least 1)
     * @return the settings
     */
    public RunSettings withLargeOperations(int operations) {
        if (operations < 1) {
            throw new IllegalArgumentException("--large-operations must be at least 1, got " + operations);
        }
        return new RunSettings(this.rounds, this.warmup, this.duration, operations, this.largeSize, this.fileSize);
    }

    /**
     * Returns these settings with fewer rounds and shorter durations, for slow servers;
     * the operations per large-object round are kept.
     * @return the reduced settings
     */
    public RunSettings reduced() {
        return new RunSettings(Math.max(2, this.rounds - 2), this.warmup, this.duration.dividedBy(2).plusMillis(500),
                this.largeOperations, this.largeSize, this.fileSize);
    }

}
