package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The IAM action names per service prefix, from {@code iam-actions.json} ({"s3": ["getobject", ...]}). */
final class IamActions {

    private final Map<String, Set<String>> actionsByService;

    private IamActions(Map<String, Set<String>> actionsByService) {
        this.actionsByService = actionsByService;
    }

    static IamActions read(Path file) {
        try {
            JsonNode services = new ObjectMapper().readTree(file.toFile());
            Map<String, Set<String>> actions = new HashMap<>();
            services.properties().forEach(service -> {
                Set<String> names = new HashSet<>();
                service.getValue().forEach(name -> names.add(name.asText().toLowerCase(Locale.ROOT)));
                actions.put(service.getKey().toLowerCase(Locale.ROOT), names);
            });
            return new IamActions(actions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the IAM action names in " + file, e);
        }
    }

    /** Why an action name is not acceptable (unknown, or a wildcard); empty when it names one real action. */
    Optional<String> problemWith(String action) {
        if (action.equals("*")) {
            return Optional.of("'*' allows every action of every service");
        }
        int colon = action.indexOf(':');
        if (colon <= 0) {
            return Optional.of("'" + action + "' is not of the form service:Action");
        }
        String service = action.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = action.substring(colon + 1).toLowerCase(Locale.ROOT);
        if (name.contains("*") || name.contains("?")) {
            return Optional.of("'" + action + "' is a wildcard: name each action the role needs");
        }
        if (!actionsByService.containsKey(service)) {
            return Optional.of("'" + action + "' names an unknown service prefix '" + service + "'");
        }
        if (!actionsByService.get(service).contains(name)) {
            return Optional.of("'" + action + "' is not an action of " + service);
        }
        return Optional.empty();
    }
}
