package dev.miniospring.aot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.miniospring.xml.CompleteMultipartUpload;
import dev.miniospring.xml.CompleteMultipartUploadResult;
import dev.miniospring.xml.CopyObjectResult;
import dev.miniospring.xml.CreateBucketConfiguration;
import dev.miniospring.xml.DeleteRequest;
import dev.miniospring.xml.DeleteResult;
import dev.miniospring.xml.ErrorDocument;
import dev.miniospring.xml.InitiateMultipartUploadResult;
import dev.miniospring.xml.ListAllMyBucketsResult;
import dev.miniospring.xml.ListBucketResult;
import dev.miniospring.xml.ListMultipartUploadsResult;
import dev.miniospring.xml.ListPartsResult;
import dev.miniospring.xml.LocationConstraint;
import dev.miniospring.xml.NotificationConfigurationDocument;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Registers the S3 documents that Jackson reads and writes by reflection, so the template works in a native image.
 */
class MinioRuntimeHints implements RuntimeHintsRegistrar {

    /**
     * The documents bound by reflection.
     */
    static final List<Class<?>> DOCUMENTS = List.of(CompleteMultipartUpload.class,
            CompleteMultipartUploadResult.class, CopyObjectResult.class, CreateBucketConfiguration.class,
            DeleteRequest.class, DeleteResult.class, ErrorDocument.class, InitiateMultipartUploadResult.class,
            ListAllMyBucketsResult.class, ListBucketResult.class, ListMultipartUploadsResult.class,
            ListPartsResult.class, LocationConstraint.class, NotificationConfigurationDocument.class);

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
                DOCUMENTS.toArray(Class<?>[]::new));
    }

}
