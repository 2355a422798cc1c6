package dev.miniospring.http;

/**
 * A retry budget shared by all requests of a template, as in AWS SDK v2's standard retry
 * mode: a bucket of tokens that each retry draws from and each success refills, so that a
 * struggling server is not hammered with retries.
 *
 * <p>
 * A retry takes {@code retryCost} tokens ({@code timeoutRetryCost} after a timeout); a
 * request that succeeds gives back what its last retry took, or one token when it needed
 * no retry, up to {@code capacity}. When the bucket cannot pay for a retry, the failure
 * is thrown at once. A cost of 0 turns the budget off for that kind of retry.
 *
 * @param capacity the tokens of a full bucket, which it starts with
 * @param retryCost the tokens a retry takes
 * @param timeoutRetryCost the tokens a retry after a timeout takes
 * @since 0.1.0
 */
public record RetryBudget(int capacity, int retryCost, int timeoutRetryCost) {

    /**
     * The budget of AWS SDK v2's standard mode: 500 tokens, a retry takes 5, a retry
     * after a timeout 10.
     */
    public static final RetryBudget STANDARD = new RetryBudget(500, 5, 10);

    public RetryBudget {
        if (capacity < 0) {
            throw new IllegalArgumentException("'capacity' must not be negative (is " + capacity + ")");
        }
        if (retryCost < 0) {
            throw new IllegalArgumentException("'retryCost' must not be negative (is " + retryCost + ")");
        }
        if (timeoutRetryCost < 0) {
            throw new IllegalArgumentException("'timeoutRetryCost' must not be negative (is " + timeoutRetryCost + ")");
        }
    }

    /**
     * Returns a budget that never runs out: retries cost nothing.
     * @return the unlimited budget
     */
    public static RetryBudget unlimited() {
        return new RetryBudget(0, 0, 0);
    }

}
