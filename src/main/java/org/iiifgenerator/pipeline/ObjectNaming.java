package org.iiifgenerator.pipeline;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.iiifgenerator.collection.SourceObject;

/**
 * The naming rule step (steps.identifier): a user route answers, for each object found in the images folder, with
 * the identifier it is published under, which names its manifest, its image services and its URLs. Without the
 * step, an object keeps the identifier it was found with (its folder's name, or its file's name without extension).
 * Every run of a collection (a shard, a Lambda worker, a rerun) asks the same rule, so they all agree. Route
 * {@code find-objects} asks the rule (an {@code enrich}, as the extra-metadata step); this joins its answer to the
 * object.
 */
public final class ObjectNaming implements AggregationStrategy {

    /** The object's files, as keys relative to the images folder, in page order. */
    public static final String FILES_HEADER = "IiifFiles";

    /** The exchange variable holding the object as found while the rule is asked. */
    public static final String FOUND = "foundObject";

    /** An object as found and as it is published; {@code named} is null, and {@code failure} says why, when the
     *  rule failed for it. */
    public record Named(SourceObject found, SourceObject named, String failure) {
    }

    private final String endpoint;

    /** @param endpoint the step's endpoint URI, named in the messages of the objects it fails for */
    public ObjectNaming(String endpoint) {
        this.endpoint = endpoint == null ? "" : endpoint.strip();
    }

    /** Without a naming rule: the object keeps the identifier it was found with. */
    public Named asFound(SourceObject found) {
        return new Named(found, found, null);
    }

    @Override
    public Exchange aggregate(Exchange object, Exchange answer) {
        object.getMessage().setBody(named(object.getVariable(FOUND, SourceObject.class), answer));
        return object;
    }

    private Named named(SourceObject found, Exchange answer) {
        if (answer.getException() != null) {
            return new Named(found, null, "the naming rule (steps.identifier = " + endpoint + ") failed: "
                    + answer.getException().getMessage());
        }
        String named = answer.getMessage().getBody(String.class);
        if (named == null || named.isBlank()) {
            return new Named(found, null, "the naming rule (steps.identifier = " + endpoint
                    + ") answered with no identifier");
        }
        return new Named(found, new SourceObject(named.strip(), found.files()), null);
    }
}
