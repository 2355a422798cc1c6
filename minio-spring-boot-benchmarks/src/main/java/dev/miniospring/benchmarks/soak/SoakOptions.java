package dev.miniospring.benchmarks.soak;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.miniospring.benchmarks.Options;

/**
 * The soak's command line: {@code --duration 2m}, {@code --threads 32},
 * {@code --fault-rate 0.05}, {@code --faults all|transport}, {@code --seed 1}.
 *
 * @param duration how long the workers run
 * @param threads the number of worker threads
 * @param faultRate the probability that the proxy faults a request
 * @param wrongAnswers whether the faults include answers S3 would never give (redirects,
 * HTML, forged documents)
 * @param seed the seed of the fault choice
 * @param commandLine the arguments as given
 */
record SoakOptions(Duration duration, int threads, double faultRate, boolean wrongAnswers, long seed,
        List<String> commandLine) {

    static SoakOptions parse(String[] args) {
        Map<String, String> values = Options.pairs(args);
        String faults = values.getOrDefault("faults", "all");
        if (!faults.equals("all") && !faults.equals("transport")) {
            throw new IllegalArgumentException("--faults must be 'all' or 'transport', not '" + faults + "'");
        }
        return new SoakOptions(duration(values.getOrDefault("duration", "2m")),
                Integer.parseInt(values.getOrDefault("threads", "32")),
                Double.parseDouble(values.getOrDefault("fault-rate", "0.05")), faults.equals("all"),
                Long.parseLong(values.getOrDefault("seed", "1")), List.of(args));
    }

    /**
     * Parses {@code 90s}, {@code 2m}, or an ISO-8601 duration such as {@code PT2M}.
     */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.parse(text.trim());
    }

}
