package dev.miniospring.testserver;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Runs the tests' S3 server (S3Proxy with its filesystem backend) by hand for an
 * application under development: it prints the endpoint, the keys and the matching
 * {@code minio.*} properties, and runs until the JVM is stopped.
 *
 * <p>
 * Options: {@code --port} (default 9000, 0 for a free one), {@code --directory} (default
 * {@code data/s3proxy}), {@code --access-key} and {@code --secret-key} (default: freshly
 * generated).
 *
 * @since 0.1.0
 */
public final class S3ProxyLauncher {

    private static final Set<String> OPTIONS = Set.of("port", "directory", "access-key", "secret-key");

    private S3ProxyLauncher() {
    }

    /**
     * Starts the server, prints how to reach it and waits until it exits.
     * @param args the options, each as {@code --name=value}
     * @throws InterruptedException if interrupted while the server runs
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = parse(args);
        Path directory = Path.of(options.getOrDefault("directory", "data/s3proxy")).toAbsolutePath();
        String accessKey = options.getOrDefault("access-key", "dev-" + randomToken().substring(0, 12));
        String secretKey = options.getOrDefault("secret-key", randomToken());
        S3ProxyServer server = S3ProxyServer.start(directory, accessKey, secretKey, port(options));
        System.out.println(describe(server, directory));
        int exitValue = server.waitFor();
        System.err.println("S3Proxy exited with " + exitValue + "; its log is " + directory.resolve("s3proxy.log"));
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = (arg.startsWith("--") && equals > 2) ? arg.substring(2, equals) : "";
            if (!OPTIONS.contains(name) || equals == arg.length() - 1) {
                throw new IllegalArgumentException("Unknown or empty option '" + arg + "': use --port=9000, "
                        + "--directory=data/s3proxy, --access-key=... or --secret-key=...");
            }
            options.put(name, arg.substring(equals + 1));
        }
        return options;
    }

    private static int port(Map<String, String> options) {
        String port = options.getOrDefault("port", "9000");
        if (!port.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("'--port' must be a port number, not '" + port + "'");
        }
        return Integer.parseInt(port);
    }

    static String describe(S3TestServer server, Path directory) {
        return String.join(System.lineSeparator(), "S3Proxy is running; stop it with Ctrl+C. Data: " + directory,
                "  endpoint:   " + server.endpoint(), "  access key: " + server.accessKey(),
                "  secret key: " + server.secretKey(), "Point your application at it (application.properties):",
                "  minio.endpoint=" + server.endpoint(), "  minio.access-key=" + server.accessKey(),
                "  minio.secret-key=" + server.secretKey());
    }

    private static String randomToken() {
        return UUID.randomUUID().toString().replace("-", "");
    }

}
