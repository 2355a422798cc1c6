package dev.miniospring.internal.transport;

import dev.miniospring.http.RetryBudget;

/**
 * The token bucket of a {@link RetryBudget}, shared by the transports of one template.
 */
final class RetryTokens {

    private static final int NO_RETRY_REFUND = 1;

    private final RetryBudget budget;

    private int available;

    RetryTokens(RetryBudget budget) {
        this.budget = budget;
        this.available = budget.capacity();
    }

    /**
     * Takes the tokens of one retry.
     * @param afterTimeout whether the failed attempt timed out
     * @return the tokens taken, or {@code -1} when the bucket cannot pay for the retry
     */
    synchronized int takeRetry(boolean afterTimeout) {
        int cost = afterTimeout ? this.budget.timeoutRetryCost() : this.budget.retryCost();
        if (cost > this.available) {
            return -1;
        }
        this.available -= cost;
        return cost;
    }

    /**
     * Refills the bucket after a success.
     * @param lastRetryCost the tokens the request's last retry took, 0 when it needed
     * none
     */
    synchronized void succeeded(int lastRetryCost) {
        int refund = (lastRetryCost > 0) ? lastRetryCost : NO_RETRY_REFUND;
        this.available = Math.min(this.budget.capacity(), this.available + refund);
    }

    synchronized int available() {
        return this.available;
    }

}
