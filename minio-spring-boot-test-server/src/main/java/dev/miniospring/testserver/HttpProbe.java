package dev.miniospring.testserver;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Tells whether a server answers HTTP at all, whatever the status: the readiness check of
 * the test servers.
 */
final class HttpProbe {

    private HttpProbe() {
    }

    /**
     * Sends one GET with short timeouts.
     * @param endpoint the server's base URL
     * @return {@code true} when an HTTP response came back
     */
    static boolean answers(URI endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            connection.getResponseCode();
            connection.disconnect();
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

}
