package dev.miniospring.internal.upload;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.test.GeneratedInputStream;

/**
 * Uploads a generated stream of unknown length in a JVM of its own, so a test can bound
 * its heap. Arguments: endpoint, access key, secret key, bucket, key, size, part size,
 * concurrency.
 */
public final class ForkedUploadMain {

    private ForkedUploadMain() {
    }

    public static void main(String[] args) {
        MinioTemplate template = MinioTemplate.builder()
            .endpoint(args[0])
            .credentials(args[1], args[2])
            .partSize(Long.parseLong(args[6]))
            .uploadConcurrency(Integer.parseInt(args[7]))
            .build();
        long start = System.nanoTime();
        ObjectWriteResponse response = template.putObject(args[3], args[4],
                new GeneratedInputStream(Long.parseLong(args[5])), -1, null, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("uploaded etag=" + response.etag() + " in " + millis + " ms, maxMemory="
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    }

}
