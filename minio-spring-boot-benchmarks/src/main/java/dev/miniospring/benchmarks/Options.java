package dev.miniospring.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.miniospring.benchmarks.clients.ClientKind;
import dev.miniospring.benchmarks.run.RunSettings;

import org.springframework.util.unit.DataSize;

/**
 * The command line: {@code --mode quick|full|startup},
 * {@code --servers do-nothing,s3proxy,do-nothing-https,s3proxy-https},
 * {@code --clients ...}, {@code --s3proxy-clients ...} (default: as {@code --clients}),
 * {@code --workloads put,get,head,list,large,files,virtual}, {@code --file-size 64MB},
 * {@code --large-operations N}, {@code --probe true|false},
 * {@code --wait-quiet true|false}, {@code --out FILE}, {@code --startup-runs N},
 * {@code --ceiling true|false}; mode {@code startup} runs the start-up benchmark alone.
 *
 * @param mode the mode name
 * @param settings the rounds and durations of the mode
 * @param servers the servers to run against
 * @param clients the clients to compare
 * @param s3proxyClients the clients to compare on S3Proxy
 * @param workloads the workload groups to run
 * @param probe whether to run the memory probe
 * @param waitQuiet whether to wait for a 1-minute load below 0.8 first
 * @param out the Markdown file to write
 * @param startupRuns the starts of each variant in the start-up benchmark (0: not run)
 * @param ceiling whether to measure the single-stream loopback ceiling first
 * @param commandLine the arguments as given
 */
public record Options(String mode, RunSettings settings, List<String> servers, List<ClientKind> clients,
        List<ClientKind> s3proxyClients, List<String> workloads, boolean probe, boolean waitQuiet, Path out,
        int startupRuns, boolean ceiling, List<String> commandLine) {

    private static final String STARTUP = "startup";

    private static final String ALL_SERVERS = "do-nothing,s3proxy,do-nothing-https,s3proxy-https";

    private static final String ALL_WORKLOADS = "put,get,head,list,large,files,virtual";

    /**
     * Parses the command line.
     * @param args the arguments, as {@code --name value} pairs
     * @return the options
     */
    public static Options parse(String[] args) {
        Map<String, String> values = pairs(args);
        String mode = values.getOrDefault("mode", "quick");
        String allClients = String.join(",",
                Arrays.stream(ClientKind.values()).filter((kind) -> !kind.diagnostic()).map(ClientKind::id).toList());
        List<ClientKind> clients = clients(values.getOrDefault("clients", allClients));
        List<ClientKind> s3proxyClients = clients(
                values.getOrDefault("s3proxy-clients", values.getOrDefault("clients", allClients)));
        Path out = Path.of(values.getOrDefault("out", "benchmarks/results/" + LocalDate.now() + "-" + mode + ".md"));
        boolean startupOnly = STARTUP.equals(mode);
        RunSettings settings = RunSettings.of(startupOnly ? "quick" : mode);
        if (values.containsKey("file-size")) {
            settings = settings.withSizes(settings.largeSize(), DataSize.parse(values.get("file-size")).toBytes());
        }
        if (values.containsKey("large-operations")) {
            settings = settings.withLargeOperations(Integer.parseInt(values.get("large-operations")));
        }
        return new Options(mode, settings, startupOnly ? List.of() : list(values.getOrDefault("servers", ALL_SERVERS)),
                clients, s3proxyClients, list(values.getOrDefault("workloads", ALL_WORKLOADS)),
                Boolean.parseBoolean(values.getOrDefault("probe", "true")),
                Boolean.parseBoolean(values.getOrDefault("wait-quiet", "false")), out,
                Integer.parseInt(values.getOrDefault("startup-runs", "quick".equals(mode) ? "0" : "5")),
                !startupOnly && Boolean.parseBoolean(values.getOrDefault("ceiling", "true")), List.of(args));
    }

    /**
     * Reads {@code --name value} pairs.
     * @param args the arguments
     * @return the values by name (without the dashes)
     */
    public static Map<String, String> pairs(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got '" + args[i] + "'");
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        return values;
    }

    private static List<ClientKind> clients(String value) {
        return list(value).stream().map(ClientKind::of).toList();
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
    }

}
