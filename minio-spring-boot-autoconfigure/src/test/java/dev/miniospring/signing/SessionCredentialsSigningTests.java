package dev.miniospring.signing;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Temporary credentials: {@link AwsV4RequestSigner} sends and signs their session token,
 * and {@link MinioCredentials} never shows it.
 */
class SessionCredentialsSigningTests {

    private static final MinioCredentials SESSION = new MinioCredentials("ASIAEXAMPLE", "session-secret",
            "session-token/with+chars=");

    private final AwsV4RequestSigner signer = new AwsV4RequestSigner();

    @Test
    void headerSignatureCarriesAndSignsTheSessionToken() {
        HttpHeaders signed = this.signer.sign(request(SESSION));
        assertThat(signed.getFirst("X-Amz-Security-Token")).isEqualTo("session-token/with+chars=");
        assertThat(signed.getFirst("Authorization")).contains("Credential=ASIAEXAMPLE/")
            .contains("x-amz-security-token");
    }

    @Test
    void longTermKeysSendNoSessionToken() {
        HttpHeaders signed = this.signer.sign(request(new MinioCredentials("AK", "SK")));
        assertThat(signed.containsHeader("X-Amz-Security-Token")).isFalse();
    }

    @Test
    void presignedUrlCarriesTheSessionTokenAsAQueryParameter() {
        URI presigned = this.signer.presign(request(SESSION), Duration.ofMinutes(5));
        assertThat(presigned.getRawQuery()).contains("X-Amz-Security-Token=session-token%2Fwith%2Bchars%3D")
            .contains("X-Amz-Credential=ASIAEXAMPLE%2F");
    }

    @Test
    void toStringHidesTheSessionToken() {
        assertThat(SESSION.toString()).contains("ASIAEXAMPLE").doesNotContain("session-secret", "session-token");
    }

    @Test
    void rejectsABlankSessionToken() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MinioCredentials("AK", "SK", " "))
            .withMessageContaining("sessionToken");
    }

    private static SigningRequest request(MinioCredentials credentials) {
        return new SigningRequest(HttpMethod.GET, URI.create("http://localhost:9000/bucket/key"), new HttpHeaders(),
                RequestPayload.empty(), credentials, "us-east-1");
    }

}
