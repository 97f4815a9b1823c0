package org.iiifgenerator.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.tiling.TilingSettings;

/**
 * The formats of setting values that are not a type's own (a number in range, true or false, a URL...): each
 * parser throws an IllegalArgumentException that says what is wrong and what is allowed.
 */
final class ValueParsers {

    private ValueParsers() {
    }

    static Function<String, Integer> number(TilingSettings.Limit limit) {
        return value -> {
            try {
                return limit.require(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is '" + value + "', which is not a whole number");
            }
        };
    }

    static Function<String, Integer> number(String name, int min, int max) {
        return number(new TilingSettings.Limit(name, min, max));
    }

    static Boolean yesOrNo(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("is '" + value + "': use true or false");
        };
    }

    /** A BCP 47 language tag as written (e.g. en, de-AT, zh-Hant), or none. */
    static String language(String tag) {
        if (!tag.equals("none")) {
            try {
                new Locale.Builder().setLanguageTag(tag);
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException("is '" + tag + "', which is not a BCP 47 language tag: use e.g. "
                        + "en, de-AT or zh-Hant, or none");
            }
        }
        return tag;
    }

    static String httpUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() != null && uri.getScheme() != null
                    && List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // reported below like any other value that is not a URL
        }
        throw new IllegalArgumentException("is '" + value + "', which is not an http:// or https:// URL");
    }

    /** A place for run records: an s3://bucket/prefix URI or a local folder. */
    static Location recordsPlace(String value) {
        if (value.startsWith("s3://")) {
            return Location.parse(value.strip());
        }
        return Location.local(LocalPaths.writableFolder(value));
    }

    /** One of {@code values}, in any case; answered in lower case. */
    static Function<String, String> oneOf(List<String> values) {
        return value -> {
            String normalised = value.strip().toLowerCase(Locale.ROOT);
            if (!values.contains(normalised)) {
                throw new IllegalArgumentException("is '" + value + "': use one of " + String.join(", ", values));
            }
            return normalised;
        };
    }
}
