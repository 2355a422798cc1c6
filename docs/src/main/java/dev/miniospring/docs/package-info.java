/**
 * Generates parts of the reference documentation from the build's own outputs: the
 * configuration properties table and the benchmark chart.
 */
@NullMarked
package dev.miniospring.docs;

import org.jspecify.annotations.NullMarked;
