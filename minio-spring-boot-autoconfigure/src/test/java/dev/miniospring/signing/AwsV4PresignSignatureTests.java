package dev.miniospring.signing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AwsV4RequestSigner} query-string and POST-policy signatures against the worked
 * examples of the S3 documentation.
 */
class AwsV4PresignSignatureTests {

    private static final MinioCredentials EXAMPLE_CREDENTIALS = new MinioCredentials("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    private static final String EXAMPLE_POLICY = "eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29"
            + "uZGl0aW9ucyI6IFsNCiAgICB7ImJ1Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZX"
            + "kiLCAidXNlci91c2VyMS8iXSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19hY3Rpb25fcmVkaXJlY3"
            + "QiOiAiaHR0cDovL3NpZ3Y0ZXhhbXBsZWJ1Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwNCiAgIC"
            + "BbInN0YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAiaW1hZ2UvIl0sDQogICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUxMj"
            + "M2NTEyNzQifSwNCiAgICB7IngtYW16LXNlcnZlci1zaWRlLWVuY3J5cHRpb24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFydHMtd2l0aC"
            + "IsICIkeC1hbXotbWV0YS10YWciLCAiIl0sDQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJQUlPU0ZPRE5ON0VYQU1QTEUvMj"
            + "AxNTEyMjkvdXMtZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3JpdGhtIjogIkFXUzQtSE1BQy1TSEEyNT"
            + "YifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEyMjlUMDAwMDAwWiIgfQ0KICBdDQp9";

    @Test
    void presignReproducesTheQueryStringAuthenticationExample() {
        Instant date = Instant.parse("2013-05-24T00:00:00Z");
        AwsV4RequestSigner signer = new AwsV4RequestSigner(Clock.fixed(date, ZoneOffset.UTC));
        SigningRequest request = new SigningRequest(HttpMethod.GET,
                URI.create("https://examplebucket.s3.amazonaws.com/test.txt"), new HttpHeaders(),
                RequestPayload.empty(), EXAMPLE_CREDENTIALS, "us-east-1");
        URI presigned = signer.presign(request, Duration.ofSeconds(86400));
        assertThat(presigned.getRawQuery()).contains("X-Amz-Algorithm=AWS4-HMAC-SHA256",
                "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request",
                "X-Amz-Date=20130524T000000Z", "X-Amz-Expires=86400", "X-Amz-SignedHeaders=host",
                "X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
    }

    @Test
    void signPostPolicyReproducesTheBrowserUploadExample() {
        String signature = new AwsV4RequestSigner().signPostPolicy(EXAMPLE_POLICY, EXAMPLE_CREDENTIALS, "us-east-1",
                Instant.parse("2015-12-29T00:00:00Z"));
        assertThat(signature).isEqualTo("8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e");
    }

    @Test
    void signPostPolicyUsesTheUtcDateOfTheSigningInstant() {
        AwsV4RequestSigner signer = new AwsV4RequestSigner();
        String midnight = signer.signPostPolicy(EXAMPLE_POLICY, EXAMPLE_CREDENTIALS, "us-east-1",
                Instant.parse("2015-12-29T00:00:00Z"));
        assertThat(signer.signPostPolicy(EXAMPLE_POLICY, EXAMPLE_CREDENTIALS, "us-east-1",
                Instant.parse("2015-12-29T23:59:59Z")))
            .isEqualTo(midnight);
        assertThat(signer.signPostPolicy(EXAMPLE_POLICY, EXAMPLE_CREDENTIALS, "us-east-1",
                Instant.parse("2015-12-30T00:00:00Z")))
            .isNotEqualTo(midnight);
    }

}
