package dev.miniospring.testserver.fault;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Applies a {@link Fault} to some of the requests a predicate matches: all of them, the
 * first few, or the n-th. Counts the requests it matched and faulted.
 *
 * @since 0.1.0
 */
public final class FaultRule {

    private final Predicate<RequestHead> matcher;

    private final int first;

    private final int count;

    private final Fault fault;

    private final AtomicInteger matched = new AtomicInteger();

    private final AtomicInteger applied = new AtomicInteger();

    private FaultRule(Predicate<RequestHead> matcher, int first, int count, Fault fault) {
        this.matcher = matcher;
        this.first = first;
        this.count = count;
        this.fault = fault;
    }

    /**
     * Starts a rule for the requests a predicate matches (see {@link Requests}).
     * @param matcher the predicate
     * @return the rule builder
     */
    public static Builder when(Predicate<RequestHead> matcher) {
        return new Builder(Objects.requireNonNull(matcher, "matcher"));
    }

    /**
     * Returns the fault for a request, counting it when it matches.
     * @param request the request
     * @return the fault, or {@code null} when this rule does not apply to the request
     */
    Fault select(RequestHead request) {
        if (!this.matcher.test(request)) {
            return null;
        }
        long index = this.matched.incrementAndGet();
        if (index < this.first || index - this.first >= this.count) {
            return null;
        }
        this.applied.incrementAndGet();
        return this.fault;
    }

    /**
     * Returns how many requests matched the predicate so far.
     * @return the number of matching requests
     */
    public int matched() {
        return this.matched.get();
    }

    /**
     * Returns how many requests the fault was applied to so far.
     * @return the number of faulted requests
     */
    public int applied() {
        return this.applied.get();
    }

    @Override
    public String toString() {
        return this.fault + " on matches " + this.first + ".."
                + ((this.count == Integer.MAX_VALUE) ? "*" : String.valueOf(this.first + this.count - 1));
    }

    /**
     * Chooses which of the matching requests are faulted.
     */
    public static final class Builder {

        private final Predicate<RequestHead> matcher;

        private int first = 1;

        private int count = Integer.MAX_VALUE;

        private Builder(Predicate<RequestHead> matcher) {
            this.matcher = matcher;
        }

        /**
         * Faults every matching request (the default).
         * @return this builder
         */
        public Builder always() {
            this.first = 1;
            this.count = Integer.MAX_VALUE;
            return this;
        }

        /**
         * Faults the first {@code times} matching requests.
         * @param times how many
         * @return this builder
         */
        public Builder times(int times) {
            this.first = 1;
            this.count = times;
            return this;
        }

        /**
         * Faults only the n-th matching request (1-based).
         * @param n which one
         * @return this builder
         */
        public Builder nth(int n) {
            this.first = n;
            this.count = 1;
            return this;
        }

        /**
         * Finishes the rule.
         * @param fault the fault to apply
         * @return the rule
         */
        public FaultRule then(Fault fault) {
            return new FaultRule(this.matcher, this.first, this.count, Objects.requireNonNull(fault, "fault"));
        }

    }

}
