package dev.miniospring.fault;

import java.util.function.Predicate;

import dev.miniospring.testserver.fault.Fault;
import dev.miniospring.testserver.fault.FaultRule;
import dev.miniospring.testserver.fault.RequestHead;

/**
 * Creates a fresh {@link FaultRule} (rules count their matches) for each run of a row.
 */
@FunctionalInterface
interface RuleFactory {

    FaultRule create();

    /**
     * Faults the first matching request only.
     */
    static RuleFactory once(Predicate<RequestHead> requests, Fault fault) {
        return () -> FaultRule.when(requests).times(1).then(fault);
    }

    /**
     * Faults only the n-th matching request.
     */
    static RuleFactory nth(int n, Predicate<RequestHead> requests, Fault fault) {
        return () -> FaultRule.when(requests).nth(n).then(fault);
    }

    /**
     * Faults every matching request.
     */
    static RuleFactory always(Predicate<RequestHead> requests, Fault fault) {
        return () -> FaultRule.when(requests).always().then(fault);
    }

}
