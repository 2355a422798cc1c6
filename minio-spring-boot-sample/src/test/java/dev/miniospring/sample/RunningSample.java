package dev.miniospring.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Starts the sample on a random port with its embedded S3 server, whose data lies under
 * the module's {@code target} directory (a build leaves nothing in the system's temporary
 * directory); every test class using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "sample.embedded-s3.directory=target/embedded-s3-${random.uuid}")
@interface RunningSample {

}
