package dev.miniospring.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.signing.S3RequestSigner;
import dev.miniospring.signing.SigningRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link SigningClientHttpRequestFactory} signs at execution time and hands streaming
 * bodies through untouched.
 */
class SigningClientHttpRequestFactoryTests {

    private final RecordingRequest delegate = new RecordingRequest();

    private final SigningClientHttpRequestFactory factory = new SigningClientHttpRequestFactory(
            (uri, method) -> this.delegate, new RecordingSigner(), new MinioCredentials("AK", "SK"));

    @Test
    void passesStreamingBodyToDelegateWithoutBuffering() throws IOException {
        ClientHttpRequest request = this.factory.createRequest(URI.create("http://s3.local/b/k"), HttpMethod.PUT);
        StreamingHttpOutputMessage.Body body = (out) -> out.write(new byte[] { 1, 2, 3 });
        ((StreamingHttpOutputMessage) request).setBody(body);
        assertThat(this.delegate.body).isSameAs(body);
        assertThat(this.delegate.getBodyCalled).isFalse();
    }

    @Test
    void signsWithContextFromAttributesWhenExecuted() throws IOException {
        ClientHttpRequest request = this.factory.createRequest(URI.create("http://s3.local/b/k"), HttpMethod.GET);
        request.getHeaders().set("Range", "bytes=0-1");
        request.getAttributes().put(SigningContext.ATTRIBUTE, new SigningContext("eu-west-3", RequestPayload.empty()));
        assertThat(request.getHeaders().containsHeader("Authorization")).isFalse();
        request.execute();
        assertThat(this.delegate.getHeaders().getFirst("Authorization"))
            .isEqualTo("signed GET eu-west-3 Range=bytes=0-1");
        assertThat(this.delegate.executed).isTrue();
    }

    @Test
    void refusesToSendWithoutSigningContext() throws IOException {
        ClientHttpRequest request = this.factory.createRequest(URI.create("http://s3.local/b/k"), HttpMethod.GET);
        assertThatIllegalStateException().isThrownBy(request::execute).withMessageContaining(SigningContext.ATTRIBUTE);
        assertThat(this.delegate.executed).isFalse();
    }

    static final class RecordingSigner implements S3RequestSigner {

        @Override
        public HttpHeaders sign(SigningRequest request) {
            HttpHeaders headers = new HttpHeaders();
            headers.set("Authorization", "signed " + request.method() + " " + request.region() + " Range="
                    + request.headers().getFirst("Range"));
            return headers;
        }

        @Override
        public URI presign(SigningRequest request, Duration expiry) {
            return request.uri();
        }

        @Override
        public String signPostPolicy(String base64Policy, MinioCredentials credentials, String region,
                java.time.Instant date) {
            return "custom-policy-signature";
        }

    }

    static final class RecordingRequest implements ClientHttpRequest, StreamingHttpOutputMessage {

        private final HttpHeaders headers = new HttpHeaders();

        private final Map<String, Object> attributes = new HashMap<>();

        Body body;

        boolean getBodyCalled;

        boolean executed;

        @Override
        public void setBody(Body body) {
            this.body = body;
        }

        @Override
        public OutputStream getBody() {
            this.getBodyCalled = true;
            return new ByteArrayOutputStream();
        }

        @Override
        public ClientHttpResponse execute() {
            this.executed = true;
            return new MockClientHttpResponse();
        }

        @Override
        public HttpHeaders getHeaders() {
            return this.headers;
        }

        @Override
        public HttpMethod getMethod() {
            return HttpMethod.GET;
        }

        @Override
        public URI getURI() {
            return URI.create("http://s3.local/b/k");
        }

        @Override
        public Map<String, Object> getAttributes() {
            return this.attributes;
        }

    }

}
