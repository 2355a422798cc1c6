package dev.miniospring.testserver;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real, production S3 implementation (Ceph's RADOS Gateway, from the Debian packages
 * {@code radosgw}, {@code ceph-mon} and {@code ceph-osd}) running on loopback ports with
 * one monitor and one in-memory OSD, as root.
 *
 * <p>
 * Each server gets a fresh directory, private ports and a user with fresh random keys. It
 * is ready when {@link #start} returns; {@link #close()} or, at the latest, the exit of
 * the calling JVM stops every daemon by its pid and deletes the directory. The stored
 * data lives in the OSD's memory only.
 *
 * @since 0.1.0
 */
public final class CephRgwServer implements S3TestServer {

    /**
     * The executables a server needs on the {@code PATH}.
     */
    public static final List<String> BINARIES = List.of("monmaptool", "ceph-mon", "ceph-osd", "ceph", "radosgw-admin",
            "radosgw");

    /**
     * The zonegroup's API name: the region clients sign for and send as
     * {@code LocationConstraint}.
     */
    public static final String REGION = "us-east-1";

    /**
     * The id of the one key of the gateway's testing KMS backend, for SSE-KMS.
     */
    public static final String KMS_KEY_ID = "test-kms-key";

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private static final int START_ATTEMPTS = 2;

    private static final String USER = "minio-test";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    private final String fsid = UUID.randomUUID().toString();

    private final Path config;

    private final CephPorts ports;

    private final CephProcesses processes;

    private final URI endpoint;

    private final String accessKey;

    private final String secretKey;

    private final Thread shutdownHook;

    private CephRgwServer(Path directory, CephPorts ports) throws IOException {
        this.directory = directory;
        this.ports = ports;
        this.config = CephConfig.write(directory, ports, this.fsid);
        this.processes = new CephProcesses(directory, STARTUP_TIMEOUT);
        this.endpoint = URI.create("http://127.0.0.1:" + ports.gateway());
        this.accessKey = randomKey("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20);
        this.secretKey = randomKey("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40);
        this.shutdownHook = new Thread(this::stopAndDelete, "ceph-rgw-shutdown");
        Runtime.getRuntime().addShutdownHook(this.shutdownHook);
    }

    /**
     * Tells whether the Ceph executables are installed.
     * @return {@code true} when every one of {@link #BINARIES} is on the {@code PATH}
     */
    public static boolean isInstalled() {
        return missingBinaries().isEmpty();
    }

    /**
     * Returns the executables of {@link #BINARIES} that are not on the {@code PATH}.
     * @return the missing executables, empty when Ceph is installed
     */
    public static List<String> missingBinaries() {
        List<String> path = Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return BINARIES.stream()
            .filter((binary) -> path.stream()
                .noneMatch((directory) -> !directory.isEmpty() && Files.isExecutable(Path.of(directory, binary))))
            .toList();
    }

    /**
     * Starts a monitor, an OSD and the gateway, creates a user with fresh keys and waits
     * until the gateway answers.
     * @return the running server
     * @throws IllegalStateException when Ceph is not installed, or does not start within
     * the deadline (with the tail of every daemon's log)
     */
    public static CephRgwServer start() {
        if (!isInstalled()) {
            throw new IllegalStateException("Ceph RGW is not installed (missing " + missingBinaries()
                    + "): apt-get install radosgw ceph-mon ceph-osd");
        }
        IllegalStateException failure = new IllegalStateException("Ceph RGW did not start");
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce();
            }
            catch (IllegalStateException ex) {
                failure.addSuppressed(ex);
            }
        }
        throw failure;
    }

    private static CephRgwServer startOnce() {
        try {
            CephRgwServer server = new CephRgwServer(Files.createTempDirectory("ceph-rgw-"), CephPorts.allocate());
            try {
                server.boot();
                return server;
            }
            catch (RuntimeException ex) {
                server.close();
                throw ex;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not prepare a Ceph RGW directory", ex);
        }
    }

    private void boot() {
        // the OSD adds itself to the CRUSH map when it starts, and radosgw-admin waits
        // until the pools are writable
        startMonitor();
        startOsd(ceph("osd", "create"));
        createUser();
        this.processes.startDaemon("radosgw", daemon("radosgw", "-f", "-n", CephConfig.GATEWAY));
        this.processes.await("RGW answering on " + this.endpoint, () -> HttpProbe.answers(this.endpoint));
    }

    private void startMonitor() {
        String monmap = this.directory.resolve("monmap").toString();
        this.processes.run("monmaptool --create", List.of("monmaptool", "--create", "--fsid", this.fsid, "--addv", "a",
                this.ports.monAddresses(), monmap));
        this.processes.run("ceph-mon --mkfs", daemon("ceph-mon", "--mkfs", "-i", "a", "--monmap", monmap));
        this.processes.startDaemon("ceph-mon", daemon("ceph-mon", "-f", "-i", "a"));
    }

    private void startOsd(String id) {
        if (!id.matches("\\d+")) {
            throw new IllegalStateException("'ceph osd create' answered '" + id + "', not an OSD id");
        }
        createDirectory(this.directory.resolve("osd").resolve(id));
        this.processes.run("ceph-osd --mkfs", daemon("ceph-osd", "-i", id, "--mkfs"));
        this.processes.startDaemon("ceph-osd", daemon("ceph-osd", "-f", "-i", id));
    }

    private void createUser() {
        this.processes.run("radosgw-admin user create", radosgwAdmin("user", "create", "--uid=" + USER,
                "--display-name=" + USER, "--access-key=" + this.accessKey, "--secret-key=" + this.secretKey));
        this.processes.run("radosgw-admin zonegroup modify",
                radosgwAdmin("zonegroup", "modify", "--rgw-zonegroup=default", "--api-name=" + REGION));
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private String ceph(String... arguments) {
        return this.processes.run("ceph " + String.join(" ", arguments), command("ceph", List.of(arguments)));
    }

    private List<String> radosgwAdmin(String... arguments) {
        return command("radosgw-admin", List.of(arguments));
    }

    private List<String> daemon(String binary, String... arguments) {
        List<String> command = command(binary, List.of(arguments));
        command.addAll(List.of("--setuser", "root", "--setgroup", "root"));
        return command;
    }

    private List<String> command(String binary, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(binary, "-c", this.config.toString()));
        command.addAll(arguments);
        return command;
    }

    private static String randomKey(String alphabet, int length) {
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            key.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return key.toString();
    }

    @Override
    public URI endpoint() {
        return this.endpoint;
    }

    @Override
    public String accessKey() {
        return this.accessKey;
    }

    @Override
    public String secretKey() {
        return this.secretKey;
    }

    /**
     * Returns the daemons (monitor, OSD, gateway) while they run, for diagnostics.
     * @return their process handles, in start order; empty after {@link #close()}
     */
    public List<ProcessHandle> daemons() {
        return this.processes.handles();
    }

    /**
     * Kills every daemon by its pid, waits for each to exit and deletes the server's
     * directory.
     */
    @Override
    public void close() {
        stopAndDelete();
        try {
            Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
        }
        catch (IllegalStateException ex) {
            // the JVM is already shutting down and runs the hook itself
        }
    }

    private void stopAndDelete() {
        this.processes.stop();
        if (!Files.exists(this.directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(this.directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not delete " + this.directory, ex);
        }
    }

    @Override
    public String toString() {
        return "CephRgwServer[" + this.endpoint + "]";
    }

}
