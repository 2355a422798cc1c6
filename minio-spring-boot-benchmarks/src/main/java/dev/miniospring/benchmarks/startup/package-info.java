/**
 * The start-up benchmark: a small web app started in fresh JVMs with and without the
 * starter, its first requests, and the jars the starter adds.
 */
@NullMarked
package dev.miniospring.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
