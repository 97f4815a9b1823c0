package org.iiifgenerator.metadata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the CSV strictly as UTF-8.
 *
 * <p>A lenient decoder would turn a Latin-1 or Windows-1252 export into replacement characters that end up in
 * published manifests (and make identifiers silently stop matching), so malformed bytes are an error that says how
 * to re-save the file.
 */
final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /** Returns the text without a leading byte order mark, which Excel writes for "CSV UTF-8". */
    static String decode(byte[] bytes, String sourceName) {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = strictDecoder().decode(input).toString();
        } catch (CharacterCodingException e) {
            // On failure the buffer is left at the first offending byte, which lets the message point at its line.
            int offset = input.position();
            throw new MetadataException(Warnings.located(sourceName, lineOf(bytes, offset),
                    "not valid UTF-8 (byte 0x%02X at offset %d). Save the file as UTF-8 (in Excel: Save As > \"CSV UTF-8 (Comma delimited)\") and run again."
                            .formatted(bytes[offset] & 0xFF, offset)), e);
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Counts line breaks the way the CSV parser does: LF, CRLF and a lone CR each end a line. */
    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            boolean crBeforeLf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
            if (bytes[i] == '\n' || (bytes[i] == '\r' && !crBeforeLf)) {
                line++;
            }
        }
        return line;
    }
}
