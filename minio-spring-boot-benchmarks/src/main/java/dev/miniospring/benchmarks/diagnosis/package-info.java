/**
 * Diagnosis of small requests on virtual threads against platform threads, from a raw
 * socket up to the template; run by hand, not part of the benchmark's report.
 */
@NullMarked
package dev.miniospring.benchmarks.diagnosis;

import org.jspecify.annotations.NullMarked;
