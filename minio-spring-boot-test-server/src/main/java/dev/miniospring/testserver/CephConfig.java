package dev.miniospring.testserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the {@code ceph.conf} of a single-host cluster: one monitor, one in-memory OSD
 * and one RADOS Gateway, with authentication off and every file under one directory;
 * SSE-C is accepted over plain http and SSE-KMS uses the testing key backend with one key
 * ({@link CephRgwServer#KMS_KEY_ID}). Each setting was needed (see the project's
 * test-servers notes); a short Paxos proposal interval makes the pool creations of the
 * gateway's first start three times faster.
 */
final class CephConfig {

    static final String GATEWAY = "client.rgw.a";

    private static final String KMS_KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

    private static final long MEMSTORE_BYTES = 3L * 1024 * 1024 * 1024;

    private CephConfig() {
    }

    /**
     * Writes {@code ceph.conf} into the directory.
     * @param directory the cluster's directory
     * @param ports the cluster's ports
     * @param fsid the cluster id
     * @return the written file
     * @throws IOException when the file cannot be written
     */
    static Path write(Path directory, CephPorts ports, String fsid) throws IOException {
        List<String> lines = List.of("[global]", "fsid = " + fsid, "mon initial members = a",
                "mon host = " + ports.monAddresses(), "public network = 127.0.0.0/8", "ms bind ipv6 = false",
                "ms bind port min = " + ports.bindMin(), "ms bind port max = " + ports.bindMax(),
                "auth cluster required = none", "auth service required = none", "auth client required = none",
                "auth allow insecure global id reclaim = true", "keyring = /dev/null", "osd pool default size = 1",
                "osd pool default min size = 1", "osd pool default pg num = 8", "osd pool default pgp num = 8",
                "osd pool default pg autoscale mode = off", "mon allow pool size one = true",
                "mon max pg per osd = 1000", "mon warn on pool no redundancy = false", "mon data avail warn = 1",
                "mon data avail crit = 1", "osd crush chooseleaf type = 0", "osd objectstore = memstore",
                "memstore device bytes = " + MEMSTORE_BYTES, "run dir = " + directory.resolve("run"),
                "admin socket = " + directory.resolve("run/$cluster-$name.asok"),
                "log file = " + directory.resolve("log/$cluster-$name.log"),
                "pid file = " + directory.resolve("run/$cluster-$name.pid"), "", "[mon]",
                "mon data = " + directory.resolve("mon/$id"), "paxos propose interval = 0.1", "", "[osd]",
                "osd data = " + directory.resolve("osd/$id"), "", "[client]", "ms mon client mode = crc",
                "ms client mode = crc", "", "[" + GATEWAY + "]",
                "rgw frontends = beast endpoint=127.0.0.1:" + ports.gateway(), "rgw data = " + directory.resolve("rgw"),
                "rgw dns name = localhost", "rgw enable usage log = false", "rgw crypt require ssl = false",
                "rgw crypt s3 kms backend = testing",
                "rgw crypt s3 kms encryption keys = " + CephRgwServer.KMS_KEY_ID + "=" + KMS_KEY, "");
        for (String subdirectory : List.of("run", "log", "mon", "osd", "rgw")) {
            Files.createDirectories(directory.resolve(subdirectory));
        }
        return Files.write(directory.resolve("ceph.conf"), lines);
    }

}
