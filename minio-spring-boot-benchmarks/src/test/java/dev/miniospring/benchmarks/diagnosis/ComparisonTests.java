package dev.miniospring.benchmarks.diagnosis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnosis's row of one loop: medians per kind of threads, their ratio, the range of
 * the paired rounds' ratios and the costs per request.
 */
class ComparisonTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void rowGivesMediansTheirRatioAndTheRangeOfThePairedRounds() {
        Comparison comparison = new Comparison("raw", 8);
        comparison.add(new Sample(1000, SECOND, 20_000_000, 10_000_000, 1000, 1000),
                new Sample(900, SECOND, 27_000_000, 13_500_000, 900, 1800));
        comparison.add(new Sample(2000, SECOND, 40_000_000, 20_000_000, 2000, 2000),
                new Sample(1000, SECOND, 30_000_000, 15_000_000, 1000, 2000));
        comparison.add(new Sample(3000, SECOND, 60_000_000, 30_000_000, 3000, 3000),
                new Sample(2400, SECOND, 72_000_000, 36_000_000, 2400, 4800));
        assertThat(comparison.row())
            .isEqualTo("| raw | 8 | 2000 | 1000 | 0.50 (0.50–0.90) | 20.0 → 30.0 | 10.0 → 15.0 | 1.00 → 1.00"
                    + " | 1.00 → 2.00 |");
    }

}
