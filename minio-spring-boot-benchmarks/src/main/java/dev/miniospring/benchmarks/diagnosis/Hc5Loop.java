package dev.miniospring.benchmarks.diagnosis;

import java.io.IOException;
import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * GETs through a plain Apache HttpClient 5 classic client: its default (strict) pool of
 * 64 connections and no socket timeout, as the template reads on virtual threads.
 */
final class Hc5Loop implements RequestLoop {

    private static final int CONNECTIONS = 64;

    private final CloseableHttpClient client;

    private final String url;

    Hc5Loop(URI endpoint) {
        this.client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(CONNECTIONS)
                .setMaxConnPerRoute(CONNECTIONS)
                .build())
            .build();
        this.url = endpoint + "/" + BUCKET + "/" + KEY;
    }

    @Override
    public long get(int thread) throws IOException {
        return this.client.execute(new HttpGet(this.url), (response) -> {
            byte[] body = EntityUtils.toByteArray(response.getEntity());
            return (long) body.length;
        });
    }

    @Override
    public void close() throws IOException {
        this.client.close();
    }

}
