package org.iiifgenerator.storage;

/**
 * The shape every storage key has: '/'-separated, relative, no empty, "." or ".." segment. A file system would
 * let such a key escape the output folder; S3 would store it literally and a web server would then normalise the
 * URL to another object.
 */
public final class StorageKeys {

    private StorageKeys() {
    }

    public static String requireRelative(String key) {
        if (key.isEmpty() || key.startsWith("/") || key.contains("\\")) {
            throw new IllegalArgumentException("Not a relative storage key: '" + key + "'");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Storage key '" + key + "' has an empty, '.' or '..' segment");
            }
        }
        return key;
    }
}
