package org.iiifgenerator.metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The whole metadata CSV: identifier to metadata in file order, plus warnings worth showing the user. */
public final class MetadataTable {

    private static final MetadataTable EMPTY = new MetadataTable(Map.of(), List.of());

    private final Map<String, ObjectMetadata> byIdentifier;
    private final List<String> warnings;

    MetadataTable(Map<String, ObjectMetadata> byIdentifier, List<String> warnings) {
        this.byIdentifier = Collections.unmodifiableMap(new LinkedHashMap<>(byIdentifier));
        this.warnings = List.copyOf(warnings);
    }

    /** A table for runs without a CSV: every object is then {@link ObjectMetadata#untitled untitled}. */
    public static MetadataTable empty() {
        return EMPTY;
    }

    /**
     * Looks up an object's row. The identifier is trimmed and NFC-normalised first, so callers can pass a folder
     * name exactly as the file system reported it.
     */
    public Optional<ObjectMetadata> find(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return Optional.ofNullable(byIdentifier.get(Identifiers.normalize(identifier)));
    }

    /** Identifiers in file order (trimmed, NFC-normalised). */
    public Set<String> identifiers() {
        return byIdentifier.keySet();
    }

    /** Human-readable problems that did not stop reading; each names the file and line. */
    public List<String> warnings() {
        return warnings;
    }
}
