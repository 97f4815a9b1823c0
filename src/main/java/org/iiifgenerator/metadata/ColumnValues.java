package org.iiifgenerator.metadata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.iiifgenerator.iiif.presentation.Description.Link;
import org.iiifgenerator.iiif.presentation.MediaTypes;

/**
 * Checks the values of one row's columns that IIIF constrains to a list of words or to URLs. A value that is not
 * allowed is left out with a warning that names the file, line and column and says what is allowed: the object is
 * still published, only without it.
 */
final class ColumnValues {

    private final ObjectMetadata row;
    private final Consumer<String> warnings;

    ColumnValues(ObjectMetadata row, Consumer<String> warnings) {
        this.row = row;
        this.warnings = warnings;
    }

    /** The value in its lower-case form when it is one of {@code allowed} (case-insensitively), else null. */
    String oneOf(String column, String value, List<String> allowed) {
        if (value == null) {
            return null;
        }
        String folded = value.strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(folded)) {
            return folded;
        }
        warn(column, value, "is not one of " + String.join(", ", allowed));
        return null;
    }

    /** The http(s) URLs of a cell, separated by spaces; those that are not URLs are left out with a warning. */
    List<Link> links(String column, String value) {
        if (value == null) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (String url : value.strip().split("\\s+")) {
            if (isHttpUrl(url)) {
                links.add(new Link(url, MediaTypes.ofUrl(url)));
            } else {
                warn(column, url, "is not an http:// or https:// URL (several URLs are separated by spaces)");
            }
        }
        return links;
    }

    private void warn(String column, String value, String problem) {
        warnings.accept(row.origin() + ", column " + column + ": '" + value + "' " + problem + "; object '"
                + row.identifier() + "' is published without it");
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
