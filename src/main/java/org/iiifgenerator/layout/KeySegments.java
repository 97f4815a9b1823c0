package org.iiifgenerator.layout;

import java.text.Normalizer;

/**
 * Turns an object identifier into one segment of a storage key that is safe on every file system, in S3 and
 * behind CloudFront: letters and digits of any script, space, '-', '_', '.' and '~' are kept, anything else
 * ('/', '?', '#', '%', '+', control characters ...) becomes '_'. Identifiers of the system we replace only
 * use kept characters, so their keys (and URLs) do not change.
 */
public final class KeySegments {

    private KeySegments() {
    }

    public static String of(String identifier) {
        String composed = Normalizer.normalize(identifier.strip(), Normalizer.Form.NFC);
        StringBuilder segment = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> segment.appendCodePoint(isKept(c) ? c : '_'));
        if (segment.isEmpty() || segment.charAt(0) == '.') {
            // "", "." and ".." are not usable as folder names; a leading dot would hide the folder.
            segment.insert(0, '_');
        }
        return segment.toString();
    }

    private static boolean isKept(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || c == ' ' || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
