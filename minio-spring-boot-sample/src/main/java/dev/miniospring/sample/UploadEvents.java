package dev.miniospring.sample;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import dev.miniospring.listener.MinioListener;
import dev.miniospring.notification.NotificationRecord;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keeps the last object events of the {@code sample.events.bucket} bucket, received with
 * {@link MinioListener} when {@code sample.events.enabled=true} (MinIO only: the embedded
 * S3 server has no listen extension), and shows them.
 */
@RestController
class UploadEvents {

    private static final int KEPT = 100;

    private final Deque<String> events = new ArrayDeque<>();

    @MinioListener(id = "upload-events", bucket = "${sample.events.bucket:uploads}",
            events = { "s3:ObjectCreated:*", "s3:ObjectRemoved:*" }, autoStartup = "${sample.events.enabled:false}")
    void onEvent(NotificationRecord record) {
        synchronized (this.events) {
            this.events.addFirst(record.eventName() + " " + record.bucket() + "/" + record.key());
            if (this.events.size() > KEPT) {
                this.events.removeLast();
            }
        }
    }

    @GetMapping("/events")
    List<String> recent() {
        synchronized (this.events) {
            return List.copyOf(this.events);
        }
    }

}
