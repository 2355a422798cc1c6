package dev.miniospring.benchmarks.soak;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.Item;

/**
 * One soak thread: runs randomly chosen operations on its own keys until the deadline,
 * records acknowledged writes in the ledger, and checks every result it gets against what
 * it wrote.
 */
final class SoakWorker implements Runnable {

    private static final int SMALL_MAX = 64 * 1024;

    private static final int PART_SIZE = 5 * 1024 * 1024;

    private static final byte[] PREVIOUS = "the previous content of the target file".getBytes(StandardCharsets.UTF_8);

    private final String prefix;

    private final MinioTemplate template;

    private final String bucket;

    private final SoakLedger ledger;

    private final SoakStats stats;

    private final long deadline;

    private final Path directory;

    private final List<String> live = new ArrayList<>();

    private int sequence;

    SoakWorker(int id, MinioTemplate template, String bucket, SoakLedger ledger, SoakStats stats, long deadline,
            Path directory) {
        this.prefix = "w" + id + "/";
        this.template = template;
        this.bucket = bucket;
        this.ledger = ledger;
        this.stats = stats;
        this.deadline = deadline;
        this.directory = directory;
    }

    @Override
    public void run() {
        while (System.nanoTime() < this.deadline) {
            SoakOperation operation = (this.live.size() < 3) ? SoakOperation.PUT : SoakOperation.pick();
            long start = System.nanoTime();
            try {
                execute(operation);
            }
            catch (Throwable ex) {
                this.stats.failed(operation, ex);
            }
            finally {
                this.stats.done(operation, Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    private void execute(SoakOperation operation) throws IOException {
        switch (operation) {
            case PUT -> put(random(1 + ThreadLocalRandom.current().nextInt(SMALL_MAX)), false);
            case PUT_UNKNOWN_LENGTH -> put(random(1 + ThreadLocalRandom.current().nextInt(SMALL_MAX)), true);
            case PUT_MULTIPART -> put(random(PART_SIZE + ThreadLocalRandom.current().nextInt(PART_SIZE)), false);
            case GET -> get();
            case GET_AND_CLOSE_EARLY -> getAndCloseEarly();
            case FGET -> fget();
            case STAT -> stat();
            case EXISTS_MISSING -> existsMissing();
            case LIST_V2 -> list();
            case REMOVE -> remove();
            case REMOVE_OBJECTS -> removeObjects();
            case COPY -> copy();
        }
    }

    private void put(byte[] content, boolean unknownLength) {
        String key = newKey();
        try {
            this.template.putObject(this.bucket, key, new ByteArrayInputStream(content),
                    unknownLength ? -1 : content.length);
        }
        catch (RuntimeException ex) {
            this.ledger.uncertain(key);
            throw ex;
        }
        this.ledger.acknowledged(key, content);
        this.live.add(key);
    }

    private void get() throws IOException {
        String key = anyKey();
        try (InputStream in = this.template.getObject(this.bucket, key)) {
            check(SoakOperation.GET, key, in.readAllBytes());
        }
    }

    private void getAndCloseEarly() throws IOException {
        try (GetObjectResponse in = this.template.getObject(this.bucket, anyKey())) {
            in.readNBytes(10);
        }
    }

    private void fget() throws IOException {
        String key = anyKey();
        Path target = Files.write(this.directory.resolve("target.bin"), PREVIOUS);
        try {
            this.template.fgetObject(this.bucket, key, target);
            check(SoakOperation.FGET, key, Files.readAllBytes(target));
        }
        catch (RuntimeException ex) {
            if (!Arrays.equals(Files.readAllBytes(target), PREVIOUS)) {
                this.stats.wrongResult(SoakOperation.FGET, "failed download changed the target file");
            }
            throw ex;
        }
        finally {
            checkNoLeftovers();
        }
    }

    private void checkNoLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(this.directory)) {
            for (Path file : files.filter((file) -> !file.getFileName().toString().equals("target.bin")).toList()) {
                this.stats.wrongResult(SoakOperation.FGET, "partial or temporary file left: " + file.getFileName());
                Files.delete(file);
            }
        }
    }

    private void stat() {
        String key = anyKey();
        long size = this.template.statObject(this.bucket, key).size();
        if (size != this.ledger.entry(key).size()) {
            this.stats.wrongResult(SoakOperation.STAT, "wrong size");
        }
    }

    private void existsMissing() {
        if (this.template.objectExists(this.bucket, this.prefix + "never-" + this.sequence)) {
            this.stats.wrongResult(SoakOperation.EXISTS_MISSING, "a missing object exists");
        }
    }

    private void list() {
        Set<String> listed;
        try (Stream<Item> items = this.template.listObjectsV2(this.bucket, this.prefix, true)) {
            listed = items.map(Item::name).collect(Collectors.toSet());
        }
        Set<String> missing = new HashSet<>(this.live);
        missing.removeAll(listed);
        if (!missing.isEmpty()) {
            this.stats.wrongResult(SoakOperation.LIST_V2, "listing left out acknowledged objects");
        }
    }

    private void remove() {
        String key = this.live.remove(ThreadLocalRandom.current().nextInt(this.live.size()));
        try {
            this.template.removeObject(this.bucket, key);
        }
        catch (RuntimeException ex) {
            this.ledger.uncertain(key);
            throw ex;
        }
        this.ledger.removed(key);
    }

    private void removeObjects() {
        List<String> keys = new ArrayList<>();
        while (keys.size() < 3 && this.live.size() > 1) {
            keys.add(this.live.remove(ThreadLocalRandom.current().nextInt(this.live.size())));
        }
        List<String> failed;
        try {
            failed = this.template.removeObjects(this.bucket, keys).map(DeleteError::objectName).toList();
        }
        catch (RuntimeException ex) {
            keys.forEach(this.ledger::uncertain);
            throw ex;
        }
        keys.forEach((key) -> {
            if (failed.contains(key)) {
                this.ledger.uncertain(key);
            }
            else {
                this.ledger.removed(key);
            }
        });
    }

    private void copy() {
        String source = anyKey();
        String key = newKey();
        try {
            this.template.copyObject(this.bucket, key, this.bucket + "/" + source);
        }
        catch (RuntimeException ex) {
            this.ledger.uncertain(key);
            throw ex;
        }
        this.ledger.acknowledged(key, this.ledger.entry(source));
        this.live.add(key);
    }

    private void check(SoakOperation operation, String key, byte[] content) {
        if (!this.ledger.entry(key).matches(content)) {
            this.stats.wrongResult(operation, "content differs from what was written");
        }
    }

    private String anyKey() {
        return this.live.get(ThreadLocalRandom.current().nextInt(this.live.size()));
    }

    private String newKey() {
        return this.prefix + (this.sequence++);
    }

    private static byte[] random(int size) {
        byte[] content = new byte[size];
        ThreadLocalRandom.current().nextBytes(content);
        return content;
    }

    static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
