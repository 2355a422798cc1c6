package dev.miniospring.testserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The loopback ports of one Ceph instance, taken from a block of consecutive free ports
 * below Linux's ephemeral range so that the daemons' own bindings
 * ({@code ms bind port min/max}) never meet those of a parallel run.
 *
 * @param monV2 the monitor's msgr2 port
 * @param monV1 the monitor's legacy msgr1 port
 * @param gateway the RADOS Gateway's HTTP port
 * @param bindMin the first port the other daemons may bind
 * @param bindMax the last port the other daemons may bind
 */
record CephPorts(int monV2, int monV1, int gateway, int bindMin, int bindMax) {

    private static final int BLOCK = 32;

    private static final int LOWEST = 20000;

    private static final int HIGHEST = 32000;

    private static final int ATTEMPTS = 100;

    /**
     * Finds a block of free ports.
     * @return the ports
     */
    static CephPorts allocate() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int base = LOWEST + ThreadLocalRandom.current().nextInt((HIGHEST - LOWEST) / BLOCK) * BLOCK;
            if (allFree(base)) {
                return new CephPorts(base, base + 1, base + 2, base + 3, base + BLOCK - 1);
            }
        }
        throw new IllegalStateException(
                "No block of " + BLOCK + " free loopback ports between " + LOWEST + " and " + HIGHEST);
    }

    /**
     * Returns the monitor's address vector, as {@code monmaptool} and {@code mon host}
     * take it.
     * @return the addresses
     */
    String monAddresses() {
        return "[v2:127.0.0.1:" + this.monV2 + ",v1:127.0.0.1:" + this.monV1 + "]";
    }

    private static boolean allFree(int base) {
        for (int port = base; port < base + BLOCK; port++) {
            if (!free(port)) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

}
