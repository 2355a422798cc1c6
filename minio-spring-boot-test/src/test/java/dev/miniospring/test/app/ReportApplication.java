package dev.miniospring.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application storing reports in object storage: the code under test of a user's
 * test.
 */
@SpringBootApplication
class ReportApplication {

}
