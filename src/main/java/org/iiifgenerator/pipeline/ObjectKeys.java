package org.iiifgenerator.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.iiifgenerator.layout.OutputLayout;

/** The storage keys the objects of one listing are published under, each claimed by one object only. */
final class ObjectKeys {

    private static final Set<String> RESERVED_KEYS = Set.of(OutputLayout.TILES_FOLDER, OutputLayout.COLLECTION_FOLDER);

    private final Map<String, String> objectByKey = new HashMap<>();

    /**
     * Claims {@code key} for {@code object}.
     *
     * @return who already uses the key (the output's own folders or an earlier object), or null when it was free
     */
    String claim(String key, String object) {
        if (RESERVED_KEYS.contains(key)) {
            return "the output's own '" + key + "' folder";
        }
        String earlier = objectByKey.putIfAbsent(key, object);
        return earlier == null ? null : "object " + earlier;
    }
}
