package org.iiifgenerator.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.Description.LabelledValue;

/**
 * Turns a CSV row into a manifest description. Values IIIF constrains are checked here: {@code rights} must be
 * a Creative Commons or RightsStatements.org URI and {@code navDate} a date; a value that is not is kept as a
 * plain metadata entry (nothing the cataloguer wrote is dropped) and reported as a warning.
 */
public final class DescriptionMapper {

    private static final Pattern RIGHTS_URI = Pattern.compile(
            "(?i)https?://(creativecommons\\.org/(licenses|publicdomain)/|rightsstatements\\.org/vocab/)\\S+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Those behaviours of a manifest that Presentation 2.1 has as {@code viewingHint} too. */
    static final List<String> BEHAVIORS = List.of("paged", "individuals", "continuous");
    static final List<String> VIEWING_DIRECTIONS = List.of("left-to-right", "right-to-left", "top-to-bottom",
            "bottom-to-top");
    private static final DateTimeFormatter XSD_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private DescriptionMapper() {
    }

    public static Description describe(ObjectMetadata row, Consumer<String> warnings) {
        return describe(row, null, warnings);
    }

    /**
     * @param pages the object's pages, against which page rows naming pages it does not have are warned about; null
     *              when they are not all known (a shard's part of the object)
     */
    public static Description describe(ObjectMetadata row, ObjectPages pages, Consumer<String> warnings) {
        List<LabelledValue> metadata = new ArrayList<>();
        row.metadata().forEach(entry -> metadata.add(new LabelledValue(entry.label(), entry.value())));
        String rights = rightsUri(row.rights());
        if (row.rights() != null && rights == null) {
            metadata.add(new LabelledValue("Rights", row.rights()));
            warnings.accept("object '" + row.identifier() + "': rights '" + row.rights() + "' is not a Creative "
                    + "Commons or RightsStatements.org URI; kept as a metadata entry instead of 'rights'");
        }
        String navDate = navDate(row.navDate());
        if (row.navDate() != null && navDate == null) {
            metadata.add(new LabelledValue("navDate", row.navDate()));
            warnings.accept("object '" + row.identifier() + "': navDate '" + row.navDate() + "' is not a date "
                    + "(use YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time); kept as a metadata entry");
        }
        ColumnValues values = new ColumnValues(row, warnings);
        Pages structure = Pages.of(row, pages, warnings);
        return new Description(row.label(), row.summary(), rights, row.requiredStatement(), navDate, metadata,
                values.oneOf("behavior", row.behavior(), BEHAVIORS), values.oneOf("viewingDirection",
                row.viewingDirection(), VIEWING_DIRECTIONS), values.links("homepage", row.homepage()),
                values.links("seeAlso", row.seeAlso()), values.links("rendering", row.rendering()),
                structure.labels(), structure.ranges());
    }

    /** An ISO date-time; without an offset it is taken as UTC. */
    private static LocalDateTime dateTime(String value) {
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(value);
        }
    }

    /** The IIIF form of a rights URI (these vocabularies are identified by their http URIs), or null. */
    static String rightsUri(String value) {
        if (value == null || !RIGHTS_URI.matcher(value.strip()).matches()) {
            return null;
        }
        // The vocabularies are identified by their http URIs, and the schema compares them case-sensitively.
        String uri = value.strip();
        int pathStart = uri.indexOf('/', uri.indexOf("//") + 2);
        String schemeAndHost = uri.substring(0, pathStart).toLowerCase(Locale.ROOT).replaceFirst("^https:", "http:");
        return schemeAndHost + uri.substring(pathStart);
    }

    /** An xsd:dateTime in UTC for a year, month, day or ISO date-time, or null. */
    static String navDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            if (YEAR.matcher(v).matches()) {
                return XSD_DATE_TIME.format(LocalDate.of(Integer.parseInt(v), 1, 1).atStartOfDay());
            }
            if (v.length() == 7) {
                return XSD_DATE_TIME.format(YearMonth.parse(v).atDay(1).atStartOfDay());
            }
            if (v.length() == 10) {
                return XSD_DATE_TIME.format(LocalDate.parse(v).atStartOfDay());
            }
            return XSD_DATE_TIME.format(dateTime(v));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
