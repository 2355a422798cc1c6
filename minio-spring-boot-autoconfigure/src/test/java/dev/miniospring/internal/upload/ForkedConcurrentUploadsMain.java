package dev.miniospring.internal.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.test.GeneratedInputStream;

/**
 * Uploads several generated streams of known length at once, with the default part size
 * and concurrency, in a JVM of its own so that a test can bound its heap; exits with 1
 * when an upload failed. Arguments: endpoint, access key, secret key, bucket, number of
 * uploads, size of each.
 */
public final class ForkedConcurrentUploadsMain {

    private ForkedConcurrentUploadsMain() {
    }

    public static void main(String[] args) throws Exception {
        MinioTemplate template = MinioTemplate.builder().endpoint(args[0]).credentials(args[1], args[2]).build();
        int count = Integer.parseInt(args[4]);
        long size = Long.parseLong(args[5]);
        ExecutorService executor = Executors.newFixedThreadPool(count);
        List<Future<ObjectWriteResponse>> uploads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "concurrent/" + i;
            uploads.add(executor.submit(() -> template.putObject(args[3], key, new GeneratedInputStream(size), size)));
        }
        int failed = 0;
        for (Future<ObjectWriteResponse> upload : uploads) {
            try {
                System.out.println("uploaded etag=" + upload.get().etag());
            }
            catch (Exception ex) {
                failed++;
                ex.printStackTrace(System.out);
            }
        }
        executor.shutdown();
        System.out.println(count - failed + " of " + count + " uploads succeeded, maxMemory="
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        System.exit((failed > 0) ? 1 : 0);
    }

}
