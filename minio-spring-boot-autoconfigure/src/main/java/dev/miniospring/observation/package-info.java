/**
 * Observations and transfer metrics of the template.
 */
@NullMarked
package dev.miniospring.observation;

import org.jspecify.annotations.NullMarked;
