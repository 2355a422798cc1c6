package dev.miniospring.benchmarks.run;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which scenarios a run measures, and which it runs unmeasured first.
 */
class ScenariosTests {

    @Test
    void virtualGroupAloneIsWarmedUpOnBothKindsOfThreadsBeforeItsFirstRow() {
        List<Scenario> scenarios = Scenarios.of(List.of("virtual"));
        assertThat(scenarios.get(0)).isEqualTo(new Scenario(Workload.PUT_SMALL, 8, false));
        assertThat(Scenarios.warmUps(scenarios)).containsExactly(new Scenario(Workload.PUT_SMALL, 8, false),
                new Scenario(Workload.PUT_SMALL, 8, true), new Scenario(Workload.GET_SMALL, 8, false),
                new Scenario(Workload.GET_SMALL, 8, true), new Scenario(Workload.HEAD_SMALL, 8, false),
                new Scenario(Workload.HEAD_SMALL, 8, true));
    }

    @Test
    void runsWithoutVirtualThreadRowsHaveNoWarmUpScenarios() {
        assertThat(Scenarios.warmUps(Scenarios.of(List.of("put", "get", "head", "list", "large", "files")))).isEmpty();
    }

    @Test
    void virtualGroupPairsEveryRowOnPlatformThreadsWithItsRowOnVirtualThreads() {
        List<Scenario> scenarios = Scenarios.of(List.of("virtual"));
        assertThat(scenarios).hasSize(12);
        scenarios.stream()
            .filter(Scenario::virtualThreads)
            .forEach((scenario) -> assertThat(scenarios).contains(scenario.otherThreads()));
    }

}
