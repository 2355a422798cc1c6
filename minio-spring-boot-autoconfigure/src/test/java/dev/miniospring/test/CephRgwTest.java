package dev.miniospring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs Ceph RGW (a
 * {@link dev.miniospring.testserver.CephRgwServer} parameter): it runs in the
 * {@code ceph} Maven profile and is skipped otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(CephRgwTest.TAG)
@ExtendWith(CephRgwExtension.class)
public @interface CephRgwTest {

    /**
     * The JUnit tag of these tests.
     */
    String TAG = "ceph-rgw";

}
