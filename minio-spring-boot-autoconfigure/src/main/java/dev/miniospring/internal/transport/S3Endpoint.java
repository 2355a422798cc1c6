package dev.miniospring.internal.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.AddressingStyle;

import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The base URL of an S3 server and the addressing style, from which request URIs are
 * built.
 *
 * @since 0.1.0
 */
public final class S3Endpoint {

    private final String scheme;

    private final String host;

    private final int port;

    private final AddressingStyle addressingStyle;

    private S3Endpoint(String scheme, String host, int port, AddressingStyle addressingStyle) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.addressingStyle = addressingStyle;
    }

    /**
     * Parses an endpoint URL such as {@code http://localhost:9000} or
     * {@code https://s3.eu-west-1.amazonaws.com}. The scheme's default port ({@code :80}
     * for http, {@code :443} for https) is dropped, as signers leave it out of the signed
     * {@code Host} header and HTTP clients send the URL's authority as it is.
     * @param url the URL; its scheme ({@code http} or {@code https}) decides TLS
     * @param addressingStyle the addressing style
     * @return the endpoint
     * @throws IllegalArgumentException when the URL has no scheme, another scheme, no
     * host, a path, a query or user information
     */
    public static S3Endpoint of(String url, AddressingStyle addressingStyle) {
        Assert.hasText(url, "'endpoint' must not be empty");
        Assert.notNull(addressingStyle, "'addressingStyle' must not be null");
        URI uri = parse(url);
        String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Endpoint '" + url
                    + "' must be an http:// or https:// URL, for example http://localhost:9000 or https://play.min.io");
        }
        checkParts(uri, url);
        return new S3Endpoint(scheme, uri.getHost().toLowerCase(Locale.ROOT), explicitPort(scheme, uri.getPort()),
                addressingStyle);
    }

    private static void checkParts(URI uri, String url) {
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Endpoint '" + url + "' has no host name");
        }
        Assert.isTrue(uri.getRawUserInfo() == null,
                "Endpoint must not contain credentials; use the access key and secret key settings");
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException(
                    "Endpoint '" + url + "' must not have a path; S3 servers are addressed at their root");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("Endpoint '" + url + "' must not have a query or fragment");
        }
    }

    private static int explicitPort(String scheme, int port) {
        int defaultPort = scheme.equals("https") ? 443 : 80;
        return (port != defaultPort) ? port : -1;
    }

    private static URI parse(String url) {
        try {
            return new URI(url.trim());
        }
        catch (URISyntaxException ex) {
            throw new IllegalArgumentException("Endpoint '" + url + "' is not a valid URL: " + ex.getReason(), ex);
        }
    }

    /**
     * Builds the URI of a request.
     * @param bucket the bucket, or {@code null} for service-level requests
     * @param key the object key, or {@code null} for bucket-level requests
     * @param query the raw query parameters; an empty value is written as a bare name
     * ({@code ?location})
     * @return the encoded URI
     */
    public URI uri(@Nullable String bucket, @Nullable String key, Map<String, String> query) {
        return uri(bucket, key, MultiValueMap.fromSingleValue(query));
    }

    /**
     * Builds the URI of a request whose query parameters may repeat.
     * @param bucket the bucket, or {@code null} for service-level requests
     * @param key the object key, or {@code null} for bucket-level requests
     * @param query the raw query parameters; an empty value is written as a bare name
     * ({@code ?location})
     * @return the encoded URI
     */
    public URI uri(@Nullable String bucket, @Nullable String key, MultiValueMap<String, String> query) {
        StringBuilder uri = new StringBuilder(this.scheme).append("://");
        boolean virtualHost = bucket != null && usesVirtualHost(bucket);
        if (virtualHost) {
            uri.append(bucket).append('.');
        }
        uri.append(this.host);
        if (this.port != -1) {
            uri.append(':').append(this.port);
        }
        uri.append('/');
        if (bucket != null && !virtualHost) {
            uri.append(bucket);
            if (key != null) {
                uri.append('/');
            }
        }
        if (key != null) {
            uri.append(S3UriEncoder.encodePath(key));
        }
        appendQuery(uri, query);
        return URI.create(uri.toString());
    }

    private static void appendQuery(StringBuilder uri, MultiValueMap<String, String> query) {
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            for (String value : parameter.getValue()) {
                uri.append(separator).append(S3UriEncoder.encode(parameter.getKey()));
                if (!value.isEmpty()) {
                    uri.append('=').append(S3UriEncoder.encode(value));
                }
                separator = '&';
            }
        }
    }

    private boolean usesVirtualHost(String bucket) {
        return switch (this.addressingStyle) {
            case PATH -> false;
            case VIRTUAL_HOST -> !(isSecure() && bucket.contains("."));
            case AUTO -> isAwsHost() && !(isSecure() && bucket.contains("."));
        };
    }

    private boolean isAwsHost() {
        return this.host.endsWith(".amazonaws.com") || this.host.endsWith(".amazonaws.com.cn");
    }

    /**
     * Tells whether requests use TLS.
     * @return {@code true} for {@code https}
     */
    public boolean isSecure() {
        return this.scheme.equals("https");
    }

    /**
     * Returns the base URL, for display (it never carries credentials).
     * @return the base URL
     */
    public URI baseUri() {
        return uri(null, null, new LinkedMultiValueMap<>());
    }

    @Override
    public String toString() {
        return baseUri().toString();
    }

}
