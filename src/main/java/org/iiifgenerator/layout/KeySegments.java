package org.iiifgenerator.layout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Turns an object identifier into one segment of a storage key that is safe on every file system, in S3 and
 * behind CloudFront: letters and digits of any script, space, '-', '_', '.' and '~' are kept, anything else
 * ('/', '?', '#', '%', '+', control characters ...) becomes '_'. Identifiers of the system we replace only
 * use kept characters, so their keys (and URLs) do not change.
 *
 * <p>A segment is at most {@value #MAX_BYTES} bytes of UTF-8. Local file systems allow 255 bytes per name, and a
 * segment also names {@code <segment>-<page>.json} and hidden siblings such as
 * {@code .<segment>-<page>.replaced-<uuid>}, which add up to 60 bytes; a key of a few such segments stays far
 * below S3's 1024 bytes. A longer identifier keeps a readable
 * prefix, cut between characters (never inside one, nor between a letter and its marks), and ends in
 * {@code ~} and 10 hex digits of the SHA-256 of the whole segment: the same name always gives the same key, and
 * names that differ only after the prefix give different keys.
 */
public final class KeySegments {

    public static final int MAX_BYTES = 180;
    private static final int HASH_DIGITS = 10;

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
        String whole = segment.toString();
        return utf8Length(whole) <= MAX_BYTES ? whole : shortened(whole);
    }

    private static String shortened(String segment) {
        String suffix = "~" + HexFormat.of().formatHex(sha256(segment)).substring(0, HASH_DIGITS);
        int budget = MAX_BYTES - suffix.length();
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(segment);
        int end = 0;
        int bytes = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            bytes += utf8Length(segment.substring(end, next));
            if (bytes > budget) {
                break;
            }
            end = next;
        }
        return segment.substring(0, end).stripTrailing() + suffix;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean isKept(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || c == ' ' || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
