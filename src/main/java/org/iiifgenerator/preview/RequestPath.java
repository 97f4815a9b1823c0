package org.iiifgenerator.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path of a request as a list of plain names, each percent-decoded as UTF-8 (as the pipeline encodes keys in
 * URLs). A path is refused unless every name is a plain file or folder name, so that no spelling of a path
 * ({@code ..}, {@code %2e%2e}, an encoded {@code /} or a backslash) can name anything outside the served folder.
 */
record RequestPath(List<String> names) {

    RequestPath {
        names = List.copyOf(names);
    }

    /**
     * The names of {@code rawPath} (as sent, still percent-encoded); empty when it is not a clean absolute path. A
     * trailing slash is allowed (a folder's own path): it adds no name.
     */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String relative = rawPath.substring(1);
        String trimmed = relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
        List<String> names = new ArrayList<>();
        if (!trimmed.isEmpty()) {
            for (String segment : trimmed.split("/", -1)) {
                Optional<String> name = decode(segment).filter(RequestPath::isPlainName);
                if (name.isEmpty()) {
                    return Optional.empty();
                }
                names.add(name.get());
            }
        }
        return Optional.of(new RequestPath(names));
    }

    /** The names after {@code prefix}'s, when this path starts with them. */
    Optional<RequestPath> under(RequestPath prefix) {
        int count = prefix.names.size();
        return names.size() >= count && names.subList(0, count).equals(prefix.names)
                ? Optional.of(new RequestPath(names.subList(count, names.size()))) : Optional.empty();
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The names joined with {@code /}, as a storage key or a classpath resource name. */
    String key() {
        return String.join("/", names);
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c));
    }

    /** Strict percent-decoding: a malformed escape or bytes that are not UTF-8 make the segment invalid. */
    private static Optional<String> decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int high = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(segment.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty(); // a request line carries only ASCII: anything else was never encoded
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
