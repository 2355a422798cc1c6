package dev.miniospring.core;

import java.util.concurrent.ThreadFactory;

import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.upload.MultipartCopySizes;
import dev.miniospring.internal.upload.UploadSettings;
import dev.miniospring.notification.ListenSettings;

/**
 * The sub-resource classes of one template, each created when an operation first needs
 * it, so that building a template (at application start-up) loads none of them.
 */
final class TemplateResources {

    private final TemplateTransports transports;

    private final UploadSettings uploadSettings;

    private final ListenSettings listenSettings;

    private final ThreadFactory listenThreads;

    private final MultipartCopySizes copySizes;

    private final DownloadSettings downloadSettings;

    private final OnFirstUse<BucketResource> buckets = new OnFirstUse<>();

    private final OnFirstUse<ObjectResource> objects = new OnFirstUse<>();

    private final OnFirstUse<ObjectListingResource> listing = new OnFirstUse<>();

    private final OnFirstUse<ObjectDeletionResource> removal = new OnFirstUse<>();

    private final OnFirstUse<MultipartUploadResource> incompleteUploads = new OnFirstUse<>();

    private final OnFirstUse<BucketPolicyResource> policies = new OnFirstUse<>();

    private final OnFirstUse<BucketNotificationResource> notifications = new OnFirstUse<>();

    private final OnFirstUse<ObjectTaggingResource> objectTags = new OnFirstUse<>();

    private final OnFirstUse<BucketTaggingResource> bucketTags = new OnFirstUse<>();

    private final OnFirstUse<BucketLifecycleResource> lifecycles = new OnFirstUse<>();

    private final OnFirstUse<BucketCorsResource> cors = new OnFirstUse<>();

    private final OnFirstUse<BucketEncryptionResource> encryption = new OnFirstUse<>();

    private final OnFirstUse<BucketVersioningResource> versioning = new OnFirstUse<>();

    private final OnFirstUse<ObjectVersionListingResource> versionListing = new OnFirstUse<>();

    private final OnFirstUse<BucketObjectLockResource> objectLock = new OnFirstUse<>();

    private final OnFirstUse<ObjectRetentionResource> retention = new OnFirstUse<>();

    private final OnFirstUse<ObjectLegalHoldResource> legalHold = new OnFirstUse<>();

    private final OnFirstUse<ObjectDownloader> downloads = new OnFirstUse<>();

    TemplateResources(TemplateTransports transports, UploadSettings uploadSettings, ListenSettings listenSettings,
            ThreadFactory listenThreads, MultipartCopySizes copySizes, DownloadSettings downloadSettings) {
        this.transports = transports;
        this.uploadSettings = uploadSettings;
        this.listenSettings = listenSettings;
        this.listenThreads = listenThreads;
        this.copySizes = copySizes;
        this.downloadSettings = downloadSettings;
    }

    private S3Transport requests() {
        return this.transports.requests();
    }

    BucketResource buckets() {
        return this.buckets.get(() -> new BucketResource(requests()));
    }

    ObjectResource objects() {
        return this.objects.get(() -> new ObjectResource(requests(), this.transports.uploads(), this.uploadSettings,
                this.transports.customerKeysOverHttp(), this.copySizes));
    }

    ObjectListingResource listing() {
        return this.listing.get(() -> new ObjectListingResource(requests()));
    }

    ObjectDeletionResource removal() {
        return this.removal.get(() -> new ObjectDeletionResource(requests()));
    }

    MultipartUploadResource incompleteUploads() {
        return this.incompleteUploads.get(() -> new MultipartUploadResource(requests()));
    }

    BucketPolicyResource policies() {
        return this.policies.get(() -> new BucketPolicyResource(requests()));
    }

    BucketNotificationResource notifications() {
        return this.notifications.get(() -> new BucketNotificationResource(this.transports.notifications(),
                this.listenSettings, this.listenThreads));
    }

    ObjectTaggingResource objectTags() {
        return this.objectTags.get(() -> new ObjectTaggingResource(requests()));
    }

    BucketTaggingResource bucketTags() {
        return this.bucketTags.get(() -> new BucketTaggingResource(requests()));
    }

    BucketLifecycleResource lifecycles() {
        return this.lifecycles.get(() -> new BucketLifecycleResource(requests()));
    }

    BucketCorsResource cors() {
        return this.cors.get(() -> new BucketCorsResource(requests()));
    }

    BucketEncryptionResource encryption() {
        return this.encryption.get(() -> new BucketEncryptionResource(requests()));
    }

    BucketVersioningResource versioning() {
        return this.versioning.get(() -> new BucketVersioningResource(requests()));
    }

    ObjectVersionListingResource versionListing() {
        return this.versionListing.get(() -> new ObjectVersionListingResource(requests()));
    }

    BucketObjectLockResource objectLock() {
        return this.objectLock.get(() -> new BucketObjectLockResource(requests()));
    }

    ObjectRetentionResource retention() {
        return this.retention.get(() -> new ObjectRetentionResource(requests()));
    }

    ObjectLegalHoldResource legalHold() {
        return this.legalHold.get(() -> new ObjectLegalHoldResource(requests()));
    }

    ObjectComposeResource compose() {
        return objects().composer();
    }

    ObjectDownloader downloads() {
        return this.downloads.get(() -> new ObjectDownloader(objects(), this.downloadSettings));
    }

}
