package org.iiifgenerator.dispatch;

/**
 * A name AWS Batch accepts: up to 128 letters, digits, hyphens and underscores, starting with a letter or digit.
 * Task files name jobs freely ("Box 2 / Folder 19"), so names are made to fit instead of refused.
 */
public final class BatchJobName {

    private static final int MAX_LENGTH = 128;

    private BatchJobName() {
    }

    public static String of(String name) {
        String cleaned = (name == null ? "" : name.strip()).replaceAll("[^A-Za-z0-9_-]", "_");
        if (cleaned.isEmpty() || !Character.isLetterOrDigit(cleaned.charAt(0))) {
            cleaned = "job" + cleaned;
        }
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }

    /** The name of the job that finishes an array job's collection. */
    public static String finalizeOf(String name) {
        String base = of(name);
        String suffix = "-finalize";
        return (base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base)
                + suffix;
    }
}
