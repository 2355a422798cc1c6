package dev.miniospring.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.object.GetObjectResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the sample's upload page in headless Chromium, picks a file and submits the form
 * straight to the embedded S3 server with the presigned POST fields, then reads the
 * object back through the template.
 */
@RunningSample
class BrowserUploadFormTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final String CONTENT = "uploaded by headless Chromium through a POST policy\n";

    @Autowired
    private MinioOperations minio;

    @LocalServerPort
    private int port;

    @TempDir
    private Path temp;

    @Test
    void uploadsAFileChosenInTheBrowserStraightToTheS3Server() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: the browser test needs /usr/bin/chromium and /usr/bin/chromedriver "
                        + "(Debian packages chromium and chromium-driver)");
        this.minio.makeBucket("browser-uploads");
        Path file = Files.writeString(this.temp.resolve("hello browser.txt"), CONTENT);
        WebDriver browser = startChromium();
        try {
            browser.get("http://localhost:" + this.port + "/upload-form?bucket=browser-uploads");
            browser.findElement(By.id("file")).sendKeys(file.toString());
            assertThat(browser.findElement(By.id("key")).getDomProperty("value"))
                .isEqualTo("uploads/hello browser.txt");
            browser.findElement(By.id("submit")).click();
            awaitObject("browser-uploads", "uploads/hello browser.txt", Duration.ofSeconds(20));
        }
        finally {
            browser.quit();
        }
        assertStored("browser-uploads", "uploads/hello browser.txt");
    }

    private WebDriver startChromium() {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + this.temp.resolve("chromium-profile"));
        return new ChromeDriver(service, options);
    }

    private void awaitObject(String bucket, String key, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!this.minio.objectExists(bucket, key) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(this.minio.objectExists(bucket, key)).as("object %s/%s uploaded by the browser", bucket, key)
            .isTrue();
    }

    private void assertStored(String bucket, String key) throws Exception {
        try (GetObjectResponse object = this.minio.getObject(bucket, key)) {
            assertThat(new String(object.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CONTENT);
            assertThat(object.stat().contentType()).startsWith("text/plain");
        }
    }

}
