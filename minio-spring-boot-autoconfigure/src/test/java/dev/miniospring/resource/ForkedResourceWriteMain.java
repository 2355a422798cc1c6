package dev.miniospring.resource;

import java.io.OutputStream;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.GeneratedInputStream;

/**
 * Writes a generated stream through a {@code minio://} resource's output stream in a JVM
 * of its own, so a test can bound its heap. Arguments: endpoint, access key, secret key,
 * bucket, key, size.
 */
public final class ForkedResourceWriteMain {

    private ForkedResourceWriteMain() {
    }

    public static void main(String[] args) throws Exception {
        MinioTemplate template = MinioTemplate.builder().endpoint(args[0]).credentials(args[1], args[2]).build();
        MinioResource resource = new MinioResource(template, args[3], args[4], ResourceSettings.DEFAULTS);
        long start = System.nanoTime();
        byte[] buffer = new byte[64 * 1024];
        try (GeneratedInputStream data = new GeneratedInputStream(Long.parseLong(args[5]));
                OutputStream output = resource.getOutputStream()) {
            for (int read = data.read(buffer); read >= 0; read = data.read(buffer)) {
                output.write(buffer, 0, read);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(
                "written in " + millis + " ms, maxMemory=" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    }

}
