package dev.miniospring.benchmarks.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.miniospring.benchmarks.GeneratedInputStream;
import dev.miniospring.benchmarks.clients.BenchClient;
import dev.miniospring.benchmarks.clients.ClientKind;
import dev.miniospring.benchmarks.clients.ClientSettings;
import dev.miniospring.benchmarks.server.BenchmarkServer;

/**
 * Runs every scenario against one server with every client, interleaved: in round
 * {@code r} the clients run in an order rotated by {@code r} (A B C, B C A, ...), so that
 * drift of the machine spreads over all of them.
 */
public final class ServerBenchmark {

    /** Part size shared by all clients that upload in parts. */
    public static final long PART_SIZE = 16L * 1024 * 1024;

    /** Parts in flight for our template (the SDKs choose theirs). */
    public static final int UPLOAD_CONCURRENCY = 4;

    /**
     * The 256 MiB rows, warmed up together before the first of them is measured: they
     * share most of their code, whose compilation by the JIT would otherwise be charged
     * to whichever runs first (the known-length PUT).
     */
    private static final Set<Workload> LARGE_OBJECTS = EnumSet.of(Workload.PUT_LARGE_KNOWN, Workload.PUT_LARGE_UNKNOWN,
            Workload.GET_LARGE);

    /** Connection pool size of the AWS S3Client (the others keep their defaults). */
    public static final int MAX_CONNECTIONS = 16;

    private static final int WARM_UP_PASSES = 2;

    private final BenchmarkServer server;

    private final RunSettings settings;

    private final ClientSettings clientSettings;

    private final Map<ClientKind, BenchClient> clients = new LinkedHashMap<>();

    private final Map<ClientKind, BenchClient> virtualThreadClients = new LinkedHashMap<>();

    /**
     * Creates the benchmark and its clients.
     * @param server the server
     * @param kinds the clients to compare
     * @param settings the rounds and durations
     */
    public ServerBenchmark(BenchmarkServer server, List<ClientKind> kinds, RunSettings settings) {
        this.server = server;
        this.settings = settings;
        this.clientSettings = new ClientSettings(server.endpoint(), server.accessKey(), server.secretKey(), PART_SIZE,
                UPLOAD_CONCURRENCY, MAX_CONNECTIONS, server.certificate(), false);
        kinds.forEach((kind) -> this.clients.put(kind, kind.create(this.clientSettings)));
    }

    /**
     * Runs the scenarios.
     * @param scenarios the scenarios, in order
     * @return one measurement per scenario and client
     * @throws Exception when setting up the server's data fails
     */
    public List<Measurement> run(List<Scenario> scenarios) throws Exception {
        if (!this.server.stateless()) {
            seed(this.clients.values()
                .stream()
                .filter(BenchClient::smallObjects)
                .findFirst()
                .orElse(this.clients.values().iterator().next()));
        }
        ScenarioRunner runner = new ScenarioRunner(this.settings.largeSize(), this.settings.fileSize(),
                this.server::cpuNanos);
        List<Measurement> results = new ArrayList<>();
        try {
            warmUp(runner, Scenarios.warmUps(scenarios));
            boolean warm = false;
            for (Scenario scenario : scenarios) {
                if (!warm && LARGE_OBJECTS.contains(scenario.workload())) {
                    warmUpLargeObjects(runner, scenarios);
                    warm = true;
                }
                results.addAll(runScenario(runner, scenario));
            }
        }
        finally {
            runner.close();
        }
        return results;
    }

    /**
     * Runs the warm-up scenarios, unmeasured: {@value #WARM_UP_PASSES} passes of one
     * round of the measured rounds' duration per scenario and client, interleaved as the
     * measured rounds are.
     */
    private void warmUp(ScenarioRunner runner, List<Scenario> warmUps) {
        for (int pass = 0; pass < WARM_UP_PASSES && !warmUps.isEmpty(); pass++) {
            log("Warm-up pass " + (pass + 1) + " of " + WARM_UP_PASSES + ": " + warmUps);
            for (Scenario scenario : warmUps) {
                List<ClientKind> kinds = accepting(scenario);
                for (int i = 0; i < kinds.size(); i++) {
                    ClientKind kind = kinds.get((i + pass) % kinds.size());
                    try {
                        runner.run(client(kind, scenario), scenario, this.settings.duration().toNanos(), 1);
                    }
                    catch (Exception ex) {
                        log("  warm-up " + scenario + " | " + kind.id() + " failed: " + ex);
                    }
                }
            }
        }
    }

    /**
     * Runs every 256 MiB row once with every client, as many operations as a measured
     * round, unmeasured; a failure is only logged here, as each row's own warm-up round
     * records it.
     */
    private void warmUpLargeObjects(ScenarioRunner runner, List<Scenario> scenarios) {
        for (Scenario scenario : scenarios) {
            if (LARGE_OBJECTS.contains(scenario.workload())) {
                accepting(scenario).forEach((kind) -> warmUpOnce(runner, scenario, this.clients.get(kind)));
            }
        }
    }

    private void warmUpOnce(ScenarioRunner runner, Scenario scenario, BenchClient client) {
        try {
            runner.run(client, scenario, 0, this.settings.largeOperations());
        }
        catch (Exception | Error ex) {
            log("  warm-up of " + scenario + " with " + client.name() + " failed: " + ex);
        }
    }

    private List<ClientKind> accepting(Scenario scenario) {
        return this.clients.keySet().stream().filter((kind) -> scenario.accepts(this.clients.get(kind))).toList();
    }

    private List<Measurement> runScenario(ScenarioRunner runner, Scenario scenario) {
        List<ClientKind> kinds = accepting(scenario);
        Map<ClientKind, Measurement> measurements = new LinkedHashMap<>();
        kinds.forEach((kind) -> measurements.put(kind,
                new Measurement(this.server.name(), scenario, this.clients.get(kind).name(), kind.ours())));
        for (int round = 0; round <= this.settings.rounds(); round++) {
            for (int i = 0; i < kinds.size(); i++) {
                ClientKind kind = kinds.get((i + round) % kinds.size());
                runRound(runner, scenario, round, measurements.get(kind), kind);
            }
        }
        measurements.values()
            .forEach((m) -> log("  " + this.server.name() + " | " + scenario + " | " + m.client() + " | "
                    + String.format("%.1f %s", m.medianThroughput(), scenario.workload().unit())
                    + ((m.failure() != null) ? " | FAILED " + m.failure() : "")));
        return new ArrayList<>(measurements.values());
    }

    private void runRound(ScenarioRunner runner, Scenario scenario, int round, Measurement measurement,
            ClientKind kind) {
        if (measurement.failure() != null) {
            return;
        }
        boolean warmup = round == 0;
        long duration = (warmup ? this.settings.warmup() : this.settings.duration()).toNanos();
        int largeOperations = warmup ? 1 : this.settings.largeOperations();
        try {
            RoundResult result = runner.run(client(kind, scenario), scenario, duration, largeOperations);
            if (!warmup) {
                measurement.add(result);
            }
        }
        catch (Exception | Error ex) {
            measurement.fail(ex);
        }
    }

    /**
     * Returns the client of a scenario: on virtual threads, our template as an
     * application with {@code spring.threads.virtual.enabled=true} builds it (the other
     * libraries have no such setting).
     */
    private BenchClient client(ClientKind kind, Scenario scenario) {
        if (!scenario.virtualThreads() || !kind.ours()) {
            return this.clients.get(kind);
        }
        return this.virtualThreadClients.computeIfAbsent(kind,
                (k) -> k.create(this.clientSettings.withVirtualThreads()));
    }

    private void seed(BenchClient client) throws Exception {
        log("Seeding " + this.server.name() + " with " + client.name());
        client.createBucket(Operation.BUCKET);
        client.put(Operation.BUCKET, Operation.SMALL_KEY, Operation.smallContent());
        client.upload(Operation.BUCKET, Operation.LARGE_KEY, new GeneratedInputStream(this.settings.largeSize()),
                this.settings.largeSize());
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 0; i < Operation.LIST_KEYS; i++) {
                String key = String.format("%sk%04d", Operation.LIST_PREFIX, i);
                puts.add(executor.submit(() -> {
                    client.put(Operation.BUCKET, key, new byte[16]);
                    return null;
                }));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        }
        finally {
            executor.shutdownNow();
        }
    }

    /**
     * Closes the clients.
     */
    public void closeClients() {
        List<BenchClient> all = new ArrayList<>(this.clients.values());
        all.addAll(this.virtualThreadClients.values());
        all.forEach((client) -> {
            try {
                client.close();
            }
            catch (Exception ex) {
                log("Closing " + client.name() + " failed: " + ex);
            }
        });
    }

    static void log(String message) {
        System.err.println(message);
    }

}
