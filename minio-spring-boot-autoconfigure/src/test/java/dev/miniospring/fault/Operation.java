package dev.miniospring.fault;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import dev.miniospring.autoconfigure.health.MinioHealthContributorAutoConfiguration;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.notification.NotificationStream;
import dev.miniospring.object.ComposeSource;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.Item;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template operations the fault rows exercise: what each prepares on the server, how
 * it is called through the proxy, its expected result, and what must be left on the
 * server and on disk afterwards.
 */
enum Operation {

    /**
     * A 1000-byte PutObject.
     */
    PUT {
        @Override
        Object call(FaultRun run) {
            return put(run, SMALL);
        }

        @Override
        void checkResult(FaultRun run, Object etag) {
            assertThat(etag).isEqualTo(run.direct().statObject(run.bucket(), KEY).etag());
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            run.assertStored(KEY, acted ? SMALL : null);
        }
    },

    /**
     * A two-part multipart upload (5 MiB + 1000 bytes): CreateMultipartUpload, UploadPart
     * × 2, Complete.
     */
    MULTIPART_PUT {
        @Override
        Object call(FaultRun run) {
            return put(run, LARGE);
        }

        @Override
        void checkResult(FaultRun run, Object etag) {
            assertThat(etag).isEqualTo(run.direct().statObject(run.bucket(), KEY).etag()).asString().endsWith("-2");
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            run.assertStored(KEY, acted ? LARGE : null);
        }
    },

    /**
     * GetObject of 64 KiB, read to the end.
     */
    GET {
        @Override
        void prepare(FaultRun run) {
            run.store(KEY, MEDIUM);
        }

        @Override
        Object call(FaultRun run) throws Exception {
            try (InputStream in = run.template().getObject(run.bucket(), KEY)) {
                return in.readAllBytes();
            }
        }

        @Override
        void checkResult(FaultRun run, Object content) {
            assertThat((byte[]) content).isEqualTo(MEDIUM);
        }
    },

    /**
     * GetObject of 5 MiB of which 10 bytes are read before the response is closed.
     */
    GET_AND_CLOSE_EARLY {
        @Override
        void prepare(FaultRun run) {
            run.store(KEY, LARGE);
        }

        @Override
        Object call(FaultRun run) throws Exception {
            try (GetObjectResponse in = run.template().getObject(run.bucket(), KEY)) {
                return in.readNBytes(10);
            }
        }

        @Override
        void checkResult(FaultRun run, Object content) {
            assertThat((byte[]) content).isEqualTo(Arrays.copyOf(LARGE, 10));
        }
    },

    /**
     * {@code getPartialObject(key, 500, 8)} of a 1000-byte object.
     */
    GET_RANGE {
        @Override
        void prepare(FaultRun run) {
            run.store(KEY, SMALL);
        }

        @Override
        Object call(FaultRun run) throws Exception {
            try (InputStream in = run.template().getPartialObject(run.bucket(), KEY, 500, 8)) {
                return in.readAllBytes();
            }
        }

        @Override
        void checkResult(FaultRun run, Object content) {
            assertThat((byte[]) content).isEqualTo(Arrays.copyOfRange(SMALL, 500, 508));
        }
    },

    /**
     * fgetObject of 64 KiB onto an existing file.
     */
    FGET {
        @Override
        void prepare(FaultRun run) throws Exception {
            run.store(KEY, MEDIUM);
            Files.writeString(run.directory().resolve(TARGET), KEEP);
        }

        @Override
        Object call(FaultRun run) {
            return run.template().fgetObject(run.bucket(), KEY, run.directory().resolve(TARGET)).size();
        }

        @Override
        void checkResult(FaultRun run, Object size) {
            assertThat(size).isEqualTo((long) MEDIUM.length);
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            Path target = run.directory().resolve(TARGET);
            assertThat(Files.readAllBytes(target)).as("target file")
                .isEqualTo(acted ? MEDIUM : KEEP.getBytes(StandardCharsets.UTF_8));
            assertThat(files(run.directory())).as("files next to the target").containsExactly(TARGET);
        }
    },

    /**
     * fgetObject onto a new file whose name is 244 characters long.
     */
    FGET_LONG_NAME {
        @Override
        void prepare(FaultRun run) {
            run.store(KEY, MEDIUM);
        }

        @Override
        Object call(FaultRun run) {
            return run.template().fgetObject(run.bucket(), KEY, run.directory().resolve(LONG_NAME)).size();
        }

        @Override
        void checkResult(FaultRun run, Object size) throws Exception {
            assertThat(Files.readAllBytes(run.directory().resolve(LONG_NAME))).isEqualTo(MEDIUM);
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            assertThat(files(run.directory())).as("files")
                .containsExactly(acted ? new String[] { LONG_NAME } : new String[0]);
        }
    },

    /**
     * fgetObject onto a path whose parent is a regular file: refused before any request.
     */
    FGET_UNDER_A_FILE {
        @Override
        void prepare(FaultRun run) throws Exception {
            run.store(KEY, MEDIUM);
            Files.writeString(run.directory().resolve(TARGET), KEEP);
        }

        @Override
        Object call(FaultRun run) {
            return run.template().fgetObject(run.bucket(), KEY, run.directory().resolve(TARGET).resolve("x.bin"));
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            assertThat(run.proxy().requests()).as("requests sent").isEmpty();
            assertThat(run.directory().resolve(TARGET)).hasContent(KEEP);
            assertThat(files(run.directory())).containsExactly(TARGET);
        }
    },

    /**
     * statObject of a 1000-byte object.
     */
    STAT {
        @Override
        void prepare(FaultRun run) {
            run.store(KEY, SMALL);
        }

        @Override
        Object call(FaultRun run) {
            return run.template().statObject(run.bucket(), KEY).size();
        }

        @Override
        void checkResult(FaultRun run, Object size) {
            assertThat(size).isEqualTo((long) SMALL.length);
        }
    },

    /**
     * statObject in a bucket that does not exist.
     */
    STAT_IN_MISSING_BUCKET {
        @Override
        Object call(FaultRun run) {
            return run.template().statObject(run.bucket() + "-missing", KEY);
        }
    },

    /**
     * objectExists of a key that does not exist.
     */
    EXISTS_MISSING_KEY {
        @Override
        Object call(FaultRun run) {
            return run.template().objectExists(run.bucket(), "missing-" + KEY);
        }

        @Override
        void checkResult(FaultRun run, Object exists) {
            assertThat(exists).isEqualTo(false);
        }
    },

    /**
     * objectExists in a bucket that does not exist.
     */
    EXISTS_IN_MISSING_BUCKET {
        @Override
        Object call(FaultRun run) {
            return run.template().objectExists(run.bucket() + "-missing", KEY);
        }
    },

    /**
     * listObjects (v1), recursive, of three objects.
     */
    LIST {
        @Override
        void prepare(FaultRun run) {
            LISTED.forEach((key) -> run.store(key, SMALL));
        }

        @Override
        Object call(FaultRun run) {
            return run.template().listObjects(run.bucket(), null, true).map(Item::name).toList();
        }

        @Override
        void checkResult(FaultRun run, Object names) {
            assertThat(names).isEqualTo(LISTED);
        }
    },

    /**
     * listObjectsV2, recursive, of three objects.
     */
    LIST_V2 {
        @Override
        void prepare(FaultRun run) throws Exception {
            LIST.prepare(run);
        }

        @Override
        Object call(FaultRun run) {
            return run.template().listObjectsV2(run.bucket(), null, true).map(Item::name).toList();
        }

        @Override
        void checkResult(FaultRun run, Object names) throws Exception {
            LIST.checkResult(run, names);
        }
    },

    /**
     * removeObject of an existing object.
     */
    REMOVE {
        @Override
        void prepare(FaultRun run) {
            run.store(KEY, SMALL);
        }

        @Override
        Object call(FaultRun run) {
            run.template().removeObject(run.bucket(), KEY);
            return KEY;
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            run.assertStored(KEY, acted ? null : SMALL);
        }
    },

    /**
     * removeObjects of three existing objects, the error stream read to its end.
     */
    REMOVE_OBJECTS {
        @Override
        void prepare(FaultRun run) throws Exception {
            LIST.prepare(run);
        }

        @Override
        Object call(FaultRun run) {
            return run.template().removeObjects(run.bucket(), LISTED).map(DeleteError::objectName).toList();
        }

        @Override
        void checkResult(FaultRun run, Object failedKeys) {
            assertThat(failedKeys).isEqualTo(List.of());
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            for (String key : LISTED) {
                run.assertStored(key, acted ? null : SMALL);
            }
        }
    },

    /**
     * removeObjects of three existing objects; the server refuses the first.
     */
    REMOVE_OBJECTS_REFUSED {
        @Override
        void prepare(FaultRun run) throws Exception {
            LIST.prepare(run);
        }

        @Override
        Object call(FaultRun run) throws Exception {
            return REMOVE_OBJECTS.call(run);
        }

        @Override
        void checkResult(FaultRun run, Object failedKeys) {
            assertThat(failedKeys).isEqualTo(LISTED.subList(0, 1));
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            REMOVE_OBJECTS.checkState(run, false);
        }
    },

    /**
     * removeObjects of a key holding a control character that XML 1.0 cannot carry.
     */
    REMOVE_OBJECTS_CONTROL_CHARACTER {
        @Override
        Object call(FaultRun run) {
            return run.template().removeObjects(run.bucket(), List.of("a\u0001b")).toList();
        }

        @Override
        void checkState(FaultRun run, boolean acted) {
            assertThat(run.proxy().count(S3Requests.DELETE_OBJECTS)).as("DeleteObjects requests sent").isZero();
        }
    },

    /**
     * copyObject of a 1000-byte object within the bucket (HeadObject, then CopyObject).
     */
    COPY {
        @Override
        void prepare(FaultRun run) {
            run.store(KEY, SMALL);
        }

        @Override
        Object call(FaultRun run) {
            return run.template().copyObject(run.bucket(), COPY_KEY, run.bucket() + "/" + KEY).etag();
        }

        @Override
        void checkResult(FaultRun run, Object etag) {
            assertThat(etag).isEqualTo(run.direct().statObject(run.bucket(), COPY_KEY).etag());
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            run.assertStored(COPY_KEY, acted ? SMALL : null);
            run.assertStored(KEY, SMALL);
        }
    },

    /**
     * composeObject of a 5 MiB + 1000-byte object and a 1000-byte one (HeadObject × 2,
     * CreateMultipartUpload, UploadPartCopy × 2, Complete).
     */
    COMPOSE {
        @Override
        void prepare(FaultRun run) {
            run.store(KEY, LARGE);
            run.store(COPY_KEY, SMALL);
        }

        @Override
        Object call(FaultRun run) {
            return run.template()
                .composeObject(run.bucket(), TARGET,
                        List.of(ComposeSource.of(run.bucket(), KEY), ComposeSource.of(run.bucket(), COPY_KEY)))
                .etag();
        }

        @Override
        void checkResult(FaultRun run, Object etag) {
            assertThat(etag).isEqualTo(run.direct().statObject(run.bucket(), TARGET).etag()).asString().endsWith("-2");
        }

        @Override
        void checkState(FaultRun run, boolean acted) throws Exception {
            byte[] composed = Arrays.copyOf(LARGE, LARGE.length + SMALL.length);
            System.arraycopy(SMALL, 0, composed, LARGE.length, SMALL.length);
            run.assertStored(TARGET, acted ? composed : null);
        }
    },

    /**
     * makeBucket of a new bucket.
     */
    MAKE_BUCKET {
        @Override
        Object call(FaultRun run) {
            run.template().makeBucket(run.bucket() + "-new");
            return true;
        }

        @Override
        void checkState(FaultRun run, boolean acted) {
            assertThat(run.direct().bucketExists(run.bucket() + "-new")).as("bucket created").isEqualTo(acted);
        }
    },

    /**
     * bucketExists of an existing bucket.
     */
    BUCKET_EXISTS {
        @Override
        Object call(FaultRun run) {
            return run.template().bucketExists(run.bucket());
        }

        @Override
        void checkResult(FaultRun run, Object exists) {
            assertThat(exists).isEqualTo(true);
        }
    },

    /**
     * listBuckets, which must name the run's bucket.
     */
    LIST_BUCKETS {
        @Override
        Object call(FaultRun run) {
            return run.template().listBuckets().stream().map((bucket) -> bucket.name()).toList();
        }

        @Override
        void checkResult(FaultRun run, Object names) {
            assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST).contains(run.bucket());
        }
    },

    /**
     * removeBucket of an empty bucket.
     */
    REMOVE_BUCKET {
        @Override
        void prepare(FaultRun run) {
            run.direct().makeBucket(run.bucket() + "-old");
        }

        @Override
        Object call(FaultRun run) {
            run.template().removeBucket(run.bucket() + "-old");
            return true;
        }

        @Override
        void checkState(FaultRun run, boolean acted) {
            assertThat(run.direct().bucketExists(run.bucket() + "-old")).as("bucket left").isEqualTo(!acted);
        }
    },

    /**
     * The auto-configured health indicator with default settings, against a faulty
     * server: DOWN, not retried.
     */
    HEALTH {
        @Override
        Object call(FaultRun run) {
            ApplicationContextRunner contextRunner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class,
                        MinioHealthContributorAutoConfiguration.class))
                .withPropertyValues("minio.endpoint=" + run.proxy().endpoint(),
                        "minio.access-key=" + run.server().accessKey(), "minio.secret-key=" + run.server().secretKey(),
                        "minio.region=us-east-1");
            Health[] health = new Health[1];
            contextRunner.run(
                    (context) -> health[0] = context.getBean("minioHealthContributor", HealthIndicator.class).health());
            return health[0];
        }

        @Override
        void checkResult(FaultRun run, Object health) {
            assertThat(((Health) health).getStatus()).isEqualTo(Status.DOWN);
            assertThat(run.proxy().count(S3Requests.LIST_BUCKETS)).as("health check requests").isOne();
        }
    },

    /**
     * listenBucketNotification: the first two events.
     */
    LISTEN {
        @Override
        Object call(FaultRun run) {
            try (NotificationStream stream = run.closeAtEnd(run.template()
                .listenBucketNotification(run.bucket(), null, null, List.of(NotificationEvents.OBJECT_CREATED_ALL)))) {
                return List.of(stream.next().key(), stream.next().key());
            }
        }

        @Override
        void checkResult(FaultRun run, Object keys) {
            assertThat(keys).isEqualTo(List.of("first.jpg", "second.jpg"));
        }
    };

    static final String KEY = "object.bin";

    static final String COPY_KEY = "copy.bin";

    static final String TARGET = "target.bin";

    static final String KEEP = "the user's own file";

    static final String LONG_NAME = "n".repeat(240) + ".bin";

    static final List<String> LISTED = List.of("a", "b/c", "d");

    static final byte[] SMALL = FaultRun.random(1000);

    static final byte[] MEDIUM = FaultRun.random(64 * 1024);

    static final byte[] LARGE = FaultRun.random(FaultRun.PART_SIZE + 1000);

    void prepare(FaultRun run) throws Exception {
    }

    abstract Object call(FaultRun run) throws Exception;

    /**
     * Checks the result of a successful call.
     */
    void checkResult(FaultRun run, Object result) throws Exception {
        assertThat(result).isNotNull();
    }

    /**
     * Checks what the call left on the server and on disk; read operations change
     * nothing.
     * @param acted whether the write took place (the call succeeded, or the server acted
     * before a failure)
     */
    void checkState(FaultRun run, boolean acted) throws Exception {
    }

    private static String put(FaultRun run, byte[] data) {
        return run.template().putObject(run.bucket(), KEY, new ByteArrayInputStream(data), data.length).etag();
    }

    private static List<String> files(Path directory) throws Exception {
        try (var files = Files.list(directory)) {
            return files.map((file) -> file.getFileName().toString()).sorted().toList();
        }
    }

}
