/**
 * A fault-injecting HTTP/1.1 proxy for tests: it sits between a client and a real server
 * and, per request, passes the exchange through, resets, stalls, truncates, throttles or
 * answers in the server's place.
 */
package dev.miniospring.testserver.fault;
