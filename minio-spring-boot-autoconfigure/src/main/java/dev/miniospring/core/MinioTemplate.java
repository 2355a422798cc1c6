package dev.miniospring.core;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.bucket.Bucket;
import dev.miniospring.bucket.ObjectLockConfiguration;
import dev.miniospring.bucket.VersioningStatus;
import dev.miniospring.bucket.BucketEncryption;
import dev.miniospring.bucket.CorsConfiguration;
import dev.miniospring.bucket.LifecycleConfiguration;
import dev.miniospring.internal.upload.MultipartCopySizes;
import dev.miniospring.internal.upload.UploadSettings;
import dev.miniospring.notification.ListenSettings;
import dev.miniospring.notification.NotificationConfiguration;
import dev.miniospring.notification.NotificationRecord;
import dev.miniospring.notification.NotificationStream;
import dev.miniospring.notification.NotificationSubscription;
import dev.miniospring.object.ComposeObjectOptions;
import dev.miniospring.object.ComposeSource;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.DeleteObject;
import dev.miniospring.object.DownloadOptions;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.Item;
import dev.miniospring.object.ListObjectsPage;
import dev.miniospring.object.ListObjectVersionsRequest;
import dev.miniospring.object.ListObjectsRequest;
import dev.miniospring.object.ObjectVersion;
import dev.miniospring.object.ObjectVersionsPage;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.Retention;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.RemoveObjectOptions;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.object.Tags;
import dev.miniospring.object.Upload;
import dev.miniospring.policy.Policy;
import dev.miniospring.presign.PostPolicy;
import dev.miniospring.presign.PresignedPostForm;
import dev.miniospring.presign.PresignedRequest;

import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * The central entry point to MinIO and S3-compatible object storage: every operation of
 * the MinIO client API on a {@link RestClient} whose requests are signed with AWS
 * Signature Version 4.
 *
 * <p>
 * Thread-safe. Spring Boot applications get one from the auto-configuration; others use
 * {@link #builder()}. Every operation is observed as {@code minio.client.operations} (for
 * lazy listings and streaming downloads, the observation covers the first request, not
 * the consumption of the stream).
 *
 * @since 0.1.0
 */
public class MinioTemplate implements MinioOperations {

    private final URI endpoint;

    private final TemplateTransports transports;

    private final UploadSettings uploadSettings;

    private final ListenSettings listenSettings;

    private final @Nullable Presigner presigner;

    private final MinioObservations observations;

    private final ThreadFactory listenThreads;

    private final TemplateActivity activity;

    private final MultipartCopySizes copySizes;

    private final DownloadSettings downloadSettings;

    private final TemplateResources resources;

    /**
     * Creates a fully configured template; used by {@link MinioTemplateBuilder}.
     * @param transports the transports of requests, uploads, notification streams and
     * health checks
     * @param uploadSettings the part size and upload concurrency
     * @param presigner the presigner, or {@code null} when the template has no
     * credentials
     * @param listenSettings how {@code listenBucketNotification} keeps its connection
     * @param observations the observations of the template's operations
     */
    MinioTemplate(TemplateTransports transports, UploadSettings uploadSettings, @Nullable Presigner presigner,
            ListenSettings listenSettings, MinioObservations observations) {
        this(transports, uploadSettings, presigner, listenSettings, observations, UploadSettings.PLATFORM_THREADS);
    }

    /**
     * Creates a fully configured template whose notification subscriptions run on threads
     * of the given factory.
     */
    MinioTemplate(TemplateTransports transports, UploadSettings uploadSettings, @Nullable Presigner presigner,
            ListenSettings listenSettings, MinioObservations observations, ThreadFactory listenThreads) {
        this(transports, uploadSettings, presigner, listenSettings, observations, listenThreads,
                MultipartCopySizes.DEFAULTS, DownloadSettings.defaults());
    }

    /**
     * Creates a fully configured template whose copies too large for one CopyObject are
     * split as given and which downloads files as the download settings say.
     */
    MinioTemplate(TemplateTransports transports, UploadSettings uploadSettings, @Nullable Presigner presigner,
            ListenSettings listenSettings, MinioObservations observations, ThreadFactory listenThreads,
            MultipartCopySizes copySizes, DownloadSettings downloadSettings) {
        this(transports, uploadSettings, presigner, listenSettings, observations, listenThreads, new TemplateActivity(),
                copySizes, downloadSettings);
    }

    private MinioTemplate(TemplateTransports transports, UploadSettings uploadSettings, @Nullable Presigner presigner,
            ListenSettings listenSettings, MinioObservations observations, ThreadFactory listenThreads,
            TemplateActivity activity, MultipartCopySizes copySizes, DownloadSettings downloadSettings) {
        Assert.notNull(transports, "'transports' must not be null");
        Assert.notNull(uploadSettings, "'uploadSettings' must not be null");
        Assert.notNull(listenSettings, "'listenSettings' must not be null");
        Assert.notNull(observations, "'observations' must not be null");
        this.endpoint = transports.requests().endpoint().baseUri();
        this.transports = transports;
        this.uploadSettings = uploadSettings;
        this.listenSettings = listenSettings;
        this.presigner = presigner;
        this.observations = observations;
        this.listenThreads = listenThreads;
        this.activity = activity;
        this.copySizes = copySizes;
        this.downloadSettings = downloadSettings;
        this.resources = new TemplateResources(transports, uploadSettings, listenSettings, listenThreads, copySizes,
                downloadSettings);
    }

    /**
     * Starts building a template.
     * @return a builder
     */
    public static MinioTemplateBuilder builder() {
        return new MinioTemplateBuilder();
    }

    /**
     * Returns a template for health checks and other probes that must answer quickly: the
     * same server, credentials, signing and observations, but its own HTTP client whose
     * connect, read and connection-pool timeouts are {@code timeout}, and no retries. A
     * template built on a request factory of your own
     * ({@link MinioTemplateBuilder#requestFactory}) keeps that client, and with it its
     * timeouts, but does not retry. Performs no network I/O.
     * @param timeout the timeout of each wait, such as 2 seconds
     * @return the template
     */
    public MinioTemplate forHealthCheck(Duration timeout) {
        Assert.isTrue(timeout != null && timeout.compareTo(Duration.ZERO) > 0,
                () -> "'timeout' must be positive (is " + timeout + ")");
        return new MinioTemplate(this.transports.forHealthCheck(timeout), this.uploadSettings, this.presigner,
                this.listenSettings, this.observations, this.listenThreads, this.activity, this.copySizes,
                this.downloadSettings);
    }

    /**
     * Returns the sub-resources of this template, created on first use.
     * @return the resources
     */
    TemplateResources resources() {
        return this.resources;
    }

    /**
     * Returns the base URL of the server this template talks to.
     * @return the endpoint URL
     */
    public URI endpoint() {
        return this.endpoint;
    }

    @Override
    public void makeBucket(String bucket, String location) {
        this.observations.run("makeBucket", bucket, () -> this.resources.buckets().makeBucket(bucket, location));
    }

    @Override
    public List<Bucket> listBuckets() {
        return this.observations.observe("listBuckets", null, () -> this.resources.buckets().listBuckets());
    }

    @Override
    public boolean bucketExists(String bucket) {
        return this.observations.observe("bucketExists", bucket, () -> this.resources.buckets().bucketExists(bucket));
    }

    @Override
    public void removeBucket(String bucket) {
        this.observations.run("removeBucket", bucket, () -> this.resources.buckets().removeBucket(bucket));
    }

    @Override
    public boolean objectExists(String bucket, String key) {
        return this.observations.observe("objectExists", bucket,
                () -> this.resources.objects().objectExists(bucket, key));
    }

    @Override
    public ObjectWriteResponse putObject(String bucket, String key, InputStream data, long length,
            PutObjectOptions options) {
        return this.activity.upload(() -> this.observations.observe("putObject", bucket,
                () -> this.resources.objects().putObject(bucket, key, data, length, options)));
    }

    @Override
    public ObjectWriteResponse fputObject(String bucket, String key, Path file, PutObjectOptions options) {
        return this.activity.upload(() -> this.observations.observe("fputObject", bucket,
                () -> this.resources.objects().fputObject(bucket, key, file, options)));
    }

    @Override
    public GetObjectResponse getObject(String bucket, String key, GetObjectOptions options) {
        return this.observations.observe("getObject", bucket,
                () -> this.resources.objects().getObject(bucket, key, options));
    }

    @Override
    public StatObjectResponse fgetObject(String bucket, String key, Path file, GetObjectOptions options) {
        return this.observations.observe("fgetObject", bucket,
                () -> this.resources.downloads().downloadObject(bucket, key, file, DownloadOptions.of(options)));
    }

    @Override
    public StatObjectResponse statObject(String bucket, String key, StatObjectOptions options) {
        return this.observations.observe("statObject", bucket,
                () -> this.resources.objects().statObject(bucket, key, options));
    }

    @Override
    public ObjectWriteResponse copyObject(String bucket, String key, CopySource source, CopyObjectOptions options) {
        return this.observations.observe("copyObject", bucket,
                () -> this.resources.objects().copyObject(bucket, key, source, options));
    }

    @Override
    public void removeObject(String bucket, String key, RemoveObjectOptions options) {
        this.observations.run("removeObject", bucket,
                () -> this.resources.objects().removeObject(bucket, key, options));
    }

    @Override
    public String presignedGetObject(String bucket, String key, Duration expiry, GetObjectOptions options) {
        return this.observations.observe("presignedGetObject", bucket,
                () -> presigner().presignedGetObject(bucket, key, expiry, options));
    }

    @Override
    public Stream<Item> listObjects(String bucket, @Nullable String prefix, boolean recursive) {
        return this.observations.observe("listObjects", bucket,
                () -> this.resources.listing().listObjects(bucket, ListObjectsRequest.of(prefix, recursive)));
    }

    @Override
    public Stream<Item> listObjectsV2(String bucket, @Nullable String prefix, boolean recursive) {
        return this.observations.observe("listObjectsV2", bucket,
                () -> this.resources.listing().listObjectsV2(bucket, ListObjectsRequest.of(prefix, recursive)));
    }

    @Override
    public ListObjectsPage listObjectsPage(String bucket, ListObjectsRequest request) {
        return this.observations.observe("listObjectsPage", bucket,
                () -> this.resources.listing().listObjectsPage(bucket, request));
    }

    @Override
    public ListObjectsPage listObjectsV2Page(String bucket, ListObjectsRequest request) {
        return this.observations.observe("listObjectsV2Page", bucket,
                () -> this.resources.listing().listObjectsV2Page(bucket, request));
    }

    @Override
    public Stream<DeleteError> removeObjects(String bucket, Iterable<String> keys) {
        return this.observations.observe("removeObjects", bucket,
                () -> this.resources.removal().removeObjects(bucket, keys));
    }

    @Override
    public Stream<Upload> listIncompleteUploads(String bucket, @Nullable String prefix, boolean recursive) {
        return this.observations.observe("listIncompleteUploads", bucket,
                () -> this.resources.incompleteUploads().listIncompleteUploads(bucket, prefix, recursive));
    }

    @Override
    public void removeIncompleteUpload(String bucket, String key) {
        this.observations.run("removeIncompleteUpload", bucket,
                () -> this.resources.incompleteUploads().removeIncompleteUpload(bucket, key));
    }

    @Override
    public String presignedPutObject(String bucket, String key, Duration expiry) {
        return this.observations.observe("presignedPutObject", bucket,
                () -> presigner().presignedPutObject(bucket, key, expiry));
    }

    @Override
    public PresignedPostForm presignedPostPolicy(PostPolicy policy) {
        Assert.notNull(policy, "'policy' must not be null");
        return this.observations.observe("presignedPostPolicy", policy.bucket(),
                () -> presigner().presignedPostPolicy(policy));
    }

    @Override
    public PresignedRequest presignedGetObjectRequest(String bucket, String key, Duration expiry,
            GetObjectOptions options) {
        return this.observations.observe("presignedGetObjectRequest", bucket,
                () -> presigner().presignedGetObjectRequest(bucket, key, expiry, options));
    }

    @Override
    public PresignedRequest presignedPutObjectRequest(String bucket, String key, Duration expiry,
            PutObjectOptions options) {
        return this.observations.observe("presignedPutObjectRequest", bucket,
                () -> presigner().presignedPutObjectRequest(bucket, key, expiry, options));
    }

    private Presigner presigner() {
        Assert.state(this.presigner != null,
                "Presigning needs credentials: this MinioTemplate has no access key and secret key");
        return this.presigner;
    }

    @Override
    public Policy getBucketPolicy(String bucket, @Nullable String prefix) {
        return this.observations.observe("getBucketPolicy", bucket,
                () -> this.resources.policies().getBucketPolicy(bucket, prefix));
    }

    @Override
    public void setBucketPolicy(String bucket, @Nullable String prefix, Policy policy) {
        this.observations.run("setBucketPolicy", bucket,
                () -> this.resources.policies().setBucketPolicy(bucket, prefix, policy));
    }

    @Override
    public String getBucketPolicyJson(String bucket) {
        return this.observations.observe("getBucketPolicyJson", bucket,
                () -> this.resources.policies().getBucketPolicyJson(bucket));
    }

    @Override
    public void setBucketPolicyJson(String bucket, String policy) {
        this.observations.run("setBucketPolicyJson", bucket,
                () -> this.resources.policies().setBucketPolicyJson(bucket, policy));
    }

    @Override
    public void deleteBucketPolicy(String bucket) {
        this.observations.run("deleteBucketPolicy", bucket, () -> this.resources.policies().deleteBucketPolicy(bucket));
    }

    @Override
    public NotificationConfiguration getBucketNotification(String bucket) {
        return this.observations.observe("getBucketNotification", bucket,
                () -> this.resources.notifications().getBucketNotification(bucket));
    }

    @Override
    public void setBucketNotification(String bucket, NotificationConfiguration notification) {
        this.observations.run("setBucketNotification", bucket,
                () -> this.resources.notifications().setBucketNotification(bucket, notification));
    }

    @Override
    public void removeAllBucketNotification(String bucket) {
        this.observations.run("removeAllBucketNotification", bucket,
                () -> this.resources.notifications().removeAllBucketNotification(bucket));
    }

    @Override
    public NotificationStream listenBucketNotification(String bucket, @Nullable String prefix, @Nullable String suffix,
            List<String> events) {
        return this.activity.track(this.observations.observe("listenBucketNotification", bucket,
                () -> this.resources.notifications().listen(bucket, prefix, suffix, events)));
    }

    @Override
    public NotificationSubscription listenBucketNotification(String bucket, @Nullable String prefix,
            @Nullable String suffix, List<String> events, Consumer<NotificationRecord> listener) {
        return this.activity.track(this.observations.observe("listenBucketNotification", bucket,
                () -> this.resources.notifications().listen(bucket, prefix, suffix, events, listener)));
    }

    /**
     * Cancels the notification subscriptions and closes the notification streams that
     * this template (or a {@link #forHealthCheck health-check} template made from it)
     * opened and that are still open, and waits for the subscriptions' threads to end.
     * The Spring Boot auto-configuration calls it when the application context closes.
     * @param timeout the longest wait for the subscriptions' threads
     * @return {@code true} when every subscription thread ended in time
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean closeNotificationListeners(Duration timeout) throws InterruptedException {
        Assert.notNull(timeout, "'timeout' must not be null");
        return this.activity.closeListeners(timeout);
    }

    /**
     * Waits until no {@code putObject} or {@code fputObject} of this template is in
     * flight; new uploads are not refused. The Spring Boot auto-configuration calls it on
     * graceful shutdown, up to {@code spring.lifecycle.timeout-per-shutdown-phase}.
     * @param timeout the longest wait
     * @return {@code true} when no upload was in flight any more, {@code false} when the
     * timeout elapsed first
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitUploads(Duration timeout) throws InterruptedException {
        Assert.notNull(timeout, "'timeout' must not be null");
        return this.activity.awaitUploads(timeout);
    }

    @Override
    public void makeBucket(String bucket, String location, boolean objectLock) {
        this.observations.run("makeBucket", bucket,
                () -> this.resources.buckets().makeBucket(bucket, location, objectLock));
    }

    @Override
    public void setBucketVersioning(String bucket, VersioningStatus status) {
        this.observations.run("setBucketVersioning", bucket,
                () -> this.resources.versioning().setBucketVersioning(bucket, status));
    }

    @Override
    public VersioningStatus getBucketVersioning(String bucket) {
        return this.observations.observe("getBucketVersioning", bucket,
                () -> this.resources.versioning().getBucketVersioning(bucket));
    }

    @Override
    public Stream<ObjectVersion> listObjectVersions(String bucket, @Nullable String prefix, boolean recursive) {
        return this.observations.observe("listObjectVersions", bucket, () -> this.resources.versionListing()
            .listObjectVersions(bucket, ListObjectVersionsRequest.of(prefix, recursive)));
    }

    @Override
    public ObjectVersionsPage listObjectVersionsPage(String bucket, ListObjectVersionsRequest request) {
        return this.observations.observe("listObjectVersionsPage", bucket,
                () -> this.resources.versionListing().listObjectVersionsPage(bucket, request));
    }

    @Override
    public Stream<DeleteError> removeObjects(String bucket, Iterable<DeleteObject> objects, boolean bypassGovernance) {
        return this.observations.observe("removeObjects", bucket,
                () -> this.resources.removal().removeObjects(bucket, objects, bypassGovernance));
    }

    @Override
    public ObjectLockConfiguration getObjectLockConfiguration(String bucket) {
        return this.observations.observe("getObjectLockConfiguration", bucket,
                () -> this.resources.objectLock().getObjectLockConfiguration(bucket));
    }

    @Override
    public void setObjectLockConfiguration(String bucket, ObjectLockConfiguration configuration) {
        this.observations.run("setObjectLockConfiguration", bucket,
                () -> this.resources.objectLock().setObjectLockConfiguration(bucket, configuration));
    }

    @Override
    public Optional<Retention> getObjectRetention(String bucket, String key, @Nullable String versionId) {
        return this.observations.observe("getObjectRetention", bucket,
                () -> this.resources.retention().getObjectRetention(bucket, key, versionId));
    }

    @Override
    public void setObjectRetention(String bucket, String key, @Nullable String versionId, Retention retention,
            boolean bypassGovernance) {
        this.observations.run("setObjectRetention", bucket, () -> this.resources.retention()
            .setObjectRetention(bucket, key, versionId, retention, bypassGovernance));
    }

    @Override
    public void enableObjectLegalHold(String bucket, String key, @Nullable String versionId) {
        this.observations.run("enableObjectLegalHold", bucket,
                () -> this.resources.legalHold().setObjectLegalHold(bucket, key, versionId, true));
    }

    @Override
    public void disableObjectLegalHold(String bucket, String key, @Nullable String versionId) {
        this.observations.run("disableObjectLegalHold", bucket,
                () -> this.resources.legalHold().setObjectLegalHold(bucket, key, versionId, false));
    }

    @Override
    public boolean isObjectLegalHoldEnabled(String bucket, String key, @Nullable String versionId) {
        return this.observations.observe("isObjectLegalHoldEnabled", bucket,
                () -> this.resources.legalHold().isObjectLegalHoldEnabled(bucket, key, versionId));
    }

    @Override
    public Tags getObjectTags(String bucket, String key, @Nullable String versionId) {
        return this.observations.observe("getObjectTags", bucket,
                () -> this.resources.objectTags().getObjectTags(bucket, key, versionId));
    }

    @Override
    public void setObjectTags(String bucket, String key, @Nullable String versionId, Tags tags) {
        this.observations.run("setObjectTags", bucket,
                () -> this.resources.objectTags().setObjectTags(bucket, key, versionId, tags));
    }

    @Override
    public void deleteObjectTags(String bucket, String key, @Nullable String versionId) {
        this.observations.run("deleteObjectTags", bucket,
                () -> this.resources.objectTags().deleteObjectTags(bucket, key, versionId));
    }

    @Override
    public Tags getBucketTags(String bucket) {
        return this.observations.observe("getBucketTags", bucket,
                () -> this.resources.bucketTags().getBucketTags(bucket));
    }

    @Override
    public void setBucketTags(String bucket, Tags tags) {
        this.observations.run("setBucketTags", bucket, () -> this.resources.bucketTags().setBucketTags(bucket, tags));
    }

    @Override
    public void deleteBucketTags(String bucket) {
        this.observations.run("deleteBucketTags", bucket, () -> this.resources.bucketTags().deleteBucketTags(bucket));
    }

    @Override
    public LifecycleConfiguration getBucketLifecycle(String bucket) {
        return this.observations.observe("getBucketLifecycle", bucket,
                () -> this.resources.lifecycles().getBucketLifecycle(bucket));
    }

    @Override
    public void setBucketLifecycle(String bucket, LifecycleConfiguration lifecycle) {
        this.observations.run("setBucketLifecycle", bucket,
                () -> this.resources.lifecycles().setBucketLifecycle(bucket, lifecycle));
    }

    @Override
    public void deleteBucketLifecycle(String bucket) {
        this.observations.run("deleteBucketLifecycle", bucket,
                () -> this.resources.lifecycles().deleteBucketLifecycle(bucket));
    }

    @Override
    public CorsConfiguration getBucketCors(String bucket) {
        return this.observations.observe("getBucketCors", bucket, () -> this.resources.cors().getBucketCors(bucket));
    }

    @Override
    public void setBucketCors(String bucket, CorsConfiguration cors) {
        this.observations.run("setBucketCors", bucket, () -> this.resources.cors().setBucketCors(bucket, cors));
    }

    @Override
    public void deleteBucketCors(String bucket) {
        this.observations.run("deleteBucketCors", bucket, () -> this.resources.cors().deleteBucketCors(bucket));
    }

    @Override
    public Optional<BucketEncryption> getBucketEncryption(String bucket) {
        return this.observations.observe("getBucketEncryption", bucket,
                () -> this.resources.encryption().getBucketEncryption(bucket));
    }

    @Override
    public void setBucketEncryption(String bucket, BucketEncryption encryption) {
        this.observations.run("setBucketEncryption", bucket,
                () -> this.resources.encryption().setBucketEncryption(bucket, encryption));
    }

    @Override
    public void deleteBucketEncryption(String bucket) {
        this.observations.run("deleteBucketEncryption", bucket,
                () -> this.resources.encryption().deleteBucketEncryption(bucket));
    }

    @Override
    public ObjectWriteResponse composeObject(String bucket, String key, List<ComposeSource> sources,
            ComposeObjectOptions options) {
        return this.observations.observe("composeObject", bucket,
                () -> this.resources.compose().composeObject(bucket, key, sources, options));
    }

    @Override
    public StatObjectResponse downloadObject(String bucket, String key, Path file, DownloadOptions options) {
        return this.observations.observe("downloadObject", bucket,
                () -> this.resources.downloads().downloadObject(bucket, key, file, options));
    }

    @Override
    public String toString() {
        return "MinioTemplate[" + this.endpoint + "]";
    }

}
