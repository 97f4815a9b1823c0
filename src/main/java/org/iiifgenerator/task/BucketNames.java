package org.iiifgenerator.task;

import java.util.regex.Pattern;

/**
 * The rules S3 applies to the names of new general purpose buckets. Names allowed before 2018 in us-east-1
 * only (capitals, '_') are refused like every other invalid name: a typo is likelier than such a bucket.
 */
final class BucketNames {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private BucketNames() {
    }

    /** Throws an IllegalArgumentException when S3 would not accept the name. */
    static String require(String name) {
        if (!NAME.matcher(name).matches() || name.contains("..") || IP_ADDRESS.matcher(name).matches()) {
            throw new IllegalArgumentException("it is not an S3 bucket name: use 3-63 lowercase letters, digits, "
                    + "dots and hyphens, starting and ending with a letter or digit");
        }
        return name;
    }
}
