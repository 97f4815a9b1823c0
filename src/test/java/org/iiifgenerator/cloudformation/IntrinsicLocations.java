package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value holds intrinsic-function calls whose result only CloudFormation knows ({@code Ref},
 * {@code Fn::GetAtt}, {@code Fn::Sub}, ...). A schema cannot judge such a spot, so what it says there is set aside;
 * everything around it (property names, literal values, required properties) is still checked.
 */
final class IntrinsicLocations {

    /** Each location is the path of property names and list indexes from the value's root. */
    private final List<List<Object>> locations = new ArrayList<>();

    private IntrinsicLocations() {
    }

    static IntrinsicLocations in(JsonNode value) {
        IntrinsicLocations found = new IntrinsicLocations();
        found.collect(value, List.of());
        return found;
    }

    private void collect(JsonNode value, List<Object> path) {
        if (Intrinsics.function(value).isPresent()) {
            locations.add(path);
        } else if (value.isObject()) {
            value.properties().forEach(field -> collect(field.getValue(), append(path, field.getKey())));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collect(value.get(i), append(path, i));
            }
        }
    }

    /** True when the path is an intrinsic call or inside one. */
    boolean covers(List<Object> path) {
        return locations.stream().anyMatch(location -> startsWith(path, location));
    }

    /** True when an intrinsic call is at or below the path. */
    boolean anyWithin(List<Object> path) {
        return locations.stream().anyMatch(location -> startsWith(location, path));
    }

    private static boolean startsWith(List<Object> path, List<Object> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return List.copyOf(longer);
    }
}
