package dev.miniospring.sample;

import org.springframework.util.StringUtils;

/**
 * Turns the {@code {*key}} path captures of the object endpoints into object keys and
 * file names.
 */
final class ObjectPaths {

    private ObjectPaths() {
    }

    /**
     * Returns the object key of a captured path, without its leading {@code /}.
     * @param capturedPath the path captured by {@code {*key}}
     * @return the object key, empty when the path named none
     */
    static String key(String capturedPath) {
        return capturedPath.startsWith("/") ? capturedPath.substring(1) : capturedPath;
    }

    /**
     * Returns the last segment of an object key, for a download's file name.
     * @param key the object key
     * @return the file name
     */
    static String fileName(String key) {
        String name = StringUtils.getFilename(StringUtils.trimTrailingCharacter(key, '/'));
        return StringUtils.hasText(name) ? name : "download";
    }

}
