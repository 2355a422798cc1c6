package dev.miniospring.docker.compose;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The root credentials, S3 port, scheme and region of a MinIO container, read from its
 * environment with the defaults of its image; what it cannot know (credentials in files,
 * the deprecated key variables, half a key pair) it rejects.
 */
final class MinioEnvironment {

    private static final String ROOT_USER = "MINIO_ROOT_USER";

    private static final String ROOT_PASSWORD = "MINIO_ROOT_PASSWORD";

    private static final int S3_PORT = 9000;

    private final String rootUser;

    private final String rootPassword;

    private final int port;

    private final String scheme;

    private final String region;

    private MinioEnvironment(Map<String, @Nullable String> env, String rootUser, String rootPassword, int port,
            String scheme) {
        this.rootUser = rootUser;
        this.rootPassword = rootPassword;
        this.port = port;
        this.scheme = scheme;
        this.region = valueOf(env, "MINIO_SITE_REGION", valueOf(env, "MINIO_REGION", "us-east-1"));
    }

    /**
     * Reads the environment of an official {@code minio/minio} container: both root
     * variables, or neither for {@code minioadmin}/{@code minioadmin}; S3 on port 9000
     * over http.
     * @param env the service's environment
     * @return the environment
     */
    static MinioEnvironment ofMinio(Map<String, @Nullable String> env) {
        rejectUnreadable(env);
        Assert.state(isSet(env, ROOT_USER) == isSet(env, ROOT_PASSWORD),
                "MinIO needs both MINIO_ROOT_USER and MINIO_ROOT_PASSWORD, or neither (for minioadmin/minioadmin)");
        Assert.state(!isSet(env, "MINIO_ACCESS_KEY") && !isSet(env, "MINIO_SECRET_KEY"),
                "MINIO_ACCESS_KEY and MINIO_SECRET_KEY are not supported: set MINIO_ROOT_USER and MINIO_ROOT_PASSWORD");
        return new MinioEnvironment(env, valueOf(env, ROOT_USER, "minioadmin"),
                valueOf(env, ROOT_PASSWORD, "minioadmin"), S3_PORT, "http");
    }

    /**
     * Reads the environment of a {@code bitnami/minio} container, whose scripts default
     * each variable on its own: {@code minio}/{@code miniosecret},
     * {@code MINIO_API_PORT_NUMBER} 9000, {@code MINIO_SCHEME} http.
     * @param env the service's environment
     * @return the environment
     */
    static MinioEnvironment ofBitnami(Map<String, @Nullable String> env) {
        rejectUnreadable(env);
        String scheme = valueOf(env, "MINIO_SCHEME", "http");
        Assert.state(scheme.equals("http") || scheme.equals("https"), "MINIO_SCHEME must be http or https");
        return new MinioEnvironment(env, valueOf(env, ROOT_USER, "minio"), valueOf(env, ROOT_PASSWORD, "miniosecret"),
                port(valueOf(env, "MINIO_API_PORT_NUMBER", String.valueOf(S3_PORT))), scheme);
    }

    private static int port(String value) {
        Assert.state(value.matches("[0-9]{1,5}"), "MINIO_API_PORT_NUMBER must be a port number");
        return Integer.parseInt(value);
    }

    private static void rejectUnreadable(Map<String, @Nullable String> env) {
        for (String name : new String[] { ROOT_USER, ROOT_PASSWORD }) {
            Assert.state(!env.containsKey(name + "_FILE"),
                    () -> name + "_FILE is not supported: set " + name + " in the service's environment");
        }
    }

    private static boolean isSet(Map<String, @Nullable String> env, String name) {
        return StringUtils.hasLength(env.get(name));
    }

    private static String valueOf(Map<String, @Nullable String> env, String name, String defaultValue) {
        String value = env.get(name);
        return StringUtils.hasLength(value) ? value : defaultValue;
    }

    String rootUser() {
        return this.rootUser;
    }

    String rootPassword() {
        return this.rootPassword;
    }

    int port() {
        return this.port;
    }

    String scheme() {
        return this.scheme;
    }

    String region() {
        return this.region;
    }

}
