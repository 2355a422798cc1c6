package dev.miniospring.benchmarks.soak;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writes the template acknowledged (key, SHA-256, size), and the keys whose state a
 * failed call left uncertain.
 */
final class SoakLedger {

    private final Map<String, Entry> acknowledged = new ConcurrentHashMap<>();

    private final Set<String> uncertain = ConcurrentHashMap.newKeySet();

    void acknowledged(String key, byte[] content) {
        this.acknowledged.put(key, new Entry(sha256(content), content.length));
        this.uncertain.remove(key);
    }

    void acknowledged(String key, Entry entry) {
        this.acknowledged.put(key, entry);
        this.uncertain.remove(key);
    }

    /**
     * Records a write or removal that failed: the server may or may not have carried it
     * out.
     */
    void uncertain(String key) {
        this.acknowledged.remove(key);
        this.uncertain.add(key);
    }

    void removed(String key) {
        this.acknowledged.remove(key);
        this.uncertain.remove(key);
    }

    Entry entry(String key) {
        return this.acknowledged.get(key);
    }

    Map<String, Entry> acknowledged() {
        return Map.copyOf(this.acknowledged);
    }

    int uncertainCount() {
        return this.uncertain.size();
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * What an acknowledged write stored.
     *
     * @param sha256 the SHA-256 of the content
     * @param size the number of bytes
     */
    record Entry(byte[] sha256, long size) {

        boolean matches(byte[] content) {
            return content.length == this.size && MessageDigest.isEqual(SoakLedger.sha256(content), this.sha256);
        }

    }

}
