package dev.miniospring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test class that runs against the real S3 server of the run (an
 * {@link dev.miniospring.testserver.S3TestServer} parameter): S3Proxy, and Ceph RGW as
 * well in the {@code ceph} Maven profile. Where a server behaves differently, the test
 * says so with {@link ServerQuirks}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(S3ServerTest.TAG)
@ExtendWith(S3ServerExtension.class)
public @interface S3ServerTest {

    /**
     * The JUnit tag of these tests.
     */
    String TAG = "s3-server";

}
