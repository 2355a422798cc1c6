package dev.miniospring.benchmarks.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios of the benchmark, selected by workload group ({@code put}, {@code get}, {@code head}, {@code list},
 * {@code large}).
 */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * Returns the scenarios of the given groups, small objects at 1 and 8 threads, the rest at 1.
     * @param groups the groups
     * @return the scenarios
     */
    public static List<Scenario> of(List<String> groups) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int threads : new int[] { 1, 8 }) {
            if (groups.contains("put")) {
                scenarios.add(new Scenario(Workload.PUT_SMALL, threads));
            }
            if (groups.contains("get")) {
                scenarios.add(new Scenario(Workload.GET_SMALL, threads));
            }
            if (groups.contains("head")) {
                scenarios.add(new Scenario(Workload.HEAD_SMALL, threads));
            }
        }
        if (groups.contains("list")) {
            scenarios.add(new Scenario(Workload.LIST, 1));
        }
        if (groups.contains("large")) {
            scenarios.add(new Scenario(Workload.PUT_LARGE_KNOWN, 1));
            scenarios.add(new Scenario(Workload.PUT_LARGE_UNKNOWN, 1));
            scenarios.add(new Scenario(Workload.GET_LARGE, 1));
        }
        return scenarios;
    }

}
