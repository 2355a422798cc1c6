/**
 * The fault tolerance suite: the template against S3Proxy through a fault-injecting
 * proxy.
 */
@NullMarked
package dev.miniospring.fault;

import org.jspecify.annotations.NullMarked;
