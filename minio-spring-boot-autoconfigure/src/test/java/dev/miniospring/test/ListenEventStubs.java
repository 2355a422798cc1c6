package dev.miniospring.test;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * WireMock stubs of MinIO's listen extension for tests of the listen client's connection
 * (TLS, proxy, threads), not of the stream itself: one event, then the end of the
 * response.
 */
public final class ListenEventStubs {

    private ListenEventStubs() {
    }

    /**
     * Answers {@code GET /{bucket}?events=...} with one {@code s3:ObjectCreated:Put}
     * event of the given key.
     * @param server the server
     * @param bucket the bucket
     * @param key the key of the event
     */
    public static void oneEvent(WireMockServer server, String bucket, String key) {
        server.stubFor(get(urlPathEqualTo("/" + bucket)).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "text/event-stream")
            .withBody("{\"Records\":[{\"eventName\":\"s3:ObjectCreated:Put\",\"eventTime\":\"2026-11-27T10:15:30Z\","
                    + "\"s3\":{\"bucket\":{\"name\":\"" + bucket + "\"},\"object\":{\"key\":\"" + key
                    + "\",\"size\":1}}}]}\n")));
    }

}
