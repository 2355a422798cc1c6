package dev.miniospring.aot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.xml.CompleteMultipartUpload;
import dev.miniospring.internal.xml.CompleteMultipartUploadResult;
import dev.miniospring.internal.xml.CopyObjectResult;
import dev.miniospring.internal.xml.CopyPartResult;
import dev.miniospring.internal.xml.CorsConfigurationDocument;
import dev.miniospring.internal.xml.CreateBucketConfiguration;
import dev.miniospring.internal.xml.DeleteRequest;
import dev.miniospring.internal.xml.DeleteResult;
import dev.miniospring.internal.xml.ErrorDocument;
import dev.miniospring.internal.xml.InitiateMultipartUploadResult;
import dev.miniospring.internal.xml.LegalHold;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument;
import dev.miniospring.internal.xml.ListAllMyBucketsResult;
import dev.miniospring.internal.xml.ListBucketResult;
import dev.miniospring.internal.xml.ListMultipartUploadsResult;
import dev.miniospring.internal.xml.ListPartsResult;
import dev.miniospring.internal.xml.ListVersionsResult;
import dev.miniospring.internal.xml.LocationConstraint;
import dev.miniospring.internal.xml.NotificationConfigurationDocument;
import dev.miniospring.internal.xml.ObjectLockConfigurationDocument;
import dev.miniospring.internal.xml.RetentionDocument;
import dev.miniospring.internal.xml.VersioningConfiguration;
import dev.miniospring.internal.xml.ServerSideEncryptionConfiguration;
import dev.miniospring.internal.xml.Tagging;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Registers the S3 documents that Jackson reads and writes by reflection, so the template
 * works in a native image.
 */
class MinioRuntimeHints implements RuntimeHintsRegistrar {

    /**
     * The documents bound by reflection.
     */
    static final List<Class<?>> DOCUMENTS = List.of(CompleteMultipartUpload.class, CompleteMultipartUploadResult.class,
            CopyObjectResult.class, CreateBucketConfiguration.class, DeleteRequest.class, DeleteResult.class,
            ErrorDocument.class, InitiateMultipartUploadResult.class, ListAllMyBucketsResult.class,
            ListBucketResult.class, ListMultipartUploadsResult.class, ListPartsResult.class, LocationConstraint.class,
            NotificationConfigurationDocument.class, VersioningConfiguration.class, ListVersionsResult.class,
            ObjectLockConfigurationDocument.class, RetentionDocument.class, LegalHold.class, Tagging.class,
            LifecycleConfigurationDocument.class, CorsConfigurationDocument.class,
            ServerSideEncryptionConfiguration.class, CopyPartResult.class);

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
                DOCUMENTS.toArray(Class<?>[]::new));
    }

}
