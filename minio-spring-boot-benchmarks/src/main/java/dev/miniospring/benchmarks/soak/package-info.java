/**
 * The fault soak: mixed operations through a fault-injecting proxy, then a check that
 * nothing acknowledged was lost and nothing was left behind.
 */
package dev.miniospring.benchmarks.soak;
