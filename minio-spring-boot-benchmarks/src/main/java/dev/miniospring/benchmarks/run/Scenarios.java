package dev.miniospring.benchmarks.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenarios of the benchmark, selected by workload group ({@code put}, {@code get},
 * {@code head}, {@code list}, {@code large}, {@code files}, {@code virtual}).
 */
public final class Scenarios {

    private static final Workload[] SMALL = { Workload.PUT_SMALL, Workload.GET_SMALL, Workload.HEAD_SMALL };

    private static final String[] SMALL_GROUPS = { "put", "get", "head" };

    private static final int WARM_UP_THREADS = 8;

    private Scenarios() {
    }

    /**
     * Returns the scenarios of the given groups: small objects at 1 and 8 threads, the
     * rest at 1; {@code virtual} adds the small objects at 8 and 64 threads on platform
     * and on virtual threads.
     * @param groups the groups
     * @return the scenarios
     */
    public static List<Scenario> of(List<String> groups) {
        Set<Scenario> scenarios = new LinkedHashSet<>();
        for (int threads : new int[] { 1, 8 }) {
            for (int i = 0; i < SMALL.length; i++) {
                if (groups.contains(SMALL_GROUPS[i])) {
                    scenarios.add(new Scenario(SMALL[i], threads));
                }
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
        if (groups.contains("files")) {
            scenarios.add(new Scenario(Workload.FILE_UPLOAD, 1));
            scenarios.add(new Scenario(Workload.FILE_DOWNLOAD, 1));
        }
        if (groups.contains("virtual")) {
            for (int threads : new int[] { 8, 64 }) {
                for (Workload workload : SMALL) {
                    scenarios.add(new Scenario(workload, threads, false));
                    scenarios.add(new Scenario(workload, threads, true));
                }
            }
        }
        return new ArrayList<>(scenarios);
    }

    /**
     * Returns the unmeasured scenarios to run before the first measured one: when the
     * scenarios include virtual-thread rows, the small objects at 8 threads on platform
     * and on virtual threads, so that no row of the virtual group (whose ratios compare
     * two rows) runs on paths that nothing has warmed, even in a run of that group alone.
     * @param scenarios the scenarios to run
     * @return the warm-up scenarios, empty without virtual-thread rows
     */
    public static List<Scenario> warmUps(List<Scenario> scenarios) {
        if (scenarios.stream().noneMatch(Scenario::virtualThreads)) {
            return List.of();
        }
        List<Scenario> warmUps = new ArrayList<>();
        for (Workload workload : SMALL) {
            warmUps.add(new Scenario(workload, WARM_UP_THREADS, false));
            warmUps.add(new Scenario(workload, WARM_UP_THREADS, true));
        }
        return warmUps;
    }

}
