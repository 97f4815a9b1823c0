package org.iiifgenerator.pipeline;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.iiifgenerator.collection.SourceObject;
import org.iiifgenerator.events.ExtensionEvents;

/**
 * The naming rule step (steps.identifier): a user route answers, for each object found in the images folder, with
 * the identifier it is published under, which names its manifest, its image services and its URLs. Without the
 * step, an object keeps the identifier it was found with (its folder's name, or its file's name without extension).
 * Every run of a collection (a shard, a Lambda worker, a rerun) asks the same rule, so they all agree.
 */
public final class ObjectNaming {

    /** The object's files, as keys relative to the images folder, in page order. */
    public static final String FILES_HEADER = "IiifFiles";

    private final String endpoint;
    private volatile ProducerTemplate template;

    /** @param endpoint the step's endpoint URI; empty: no step */
    public ObjectNaming(String endpoint) {
        this.endpoint = endpoint == null ? "" : endpoint.strip();
    }

    /**
     * The identifier {@code object} is published under.
     *
     * @throws IllegalArgumentException when the step fails or answers with no identifier; the message says which
     */
    String name(SourceObject object, CamelContext context) {
        if (endpoint.isEmpty()) {
            return object.identifier();
        }
        Exchange answer = template(context).send(endpoint, exchange -> {
            exchange.getMessage().setBody(object.identifier());
            exchange.getMessage().setHeader(ExtensionEvents.OBJECT, object.identifier());
            exchange.getMessage().setHeader(FILES_HEADER, object.files());
        });
        if (answer.getException() != null) {
            throw new IllegalArgumentException("the naming rule (steps.identifier = " + endpoint + ") failed: "
                    + answer.getException().getMessage(), answer.getException());
        }
        String named = answer.getMessage().getBody(String.class);
        if (named == null || named.isBlank()) {
            throw new IllegalArgumentException("the naming rule (steps.identifier = " + endpoint
                    + ") answered with no identifier");
        }
        return named.strip();
    }

    private ProducerTemplate template(CamelContext context) {
        if (template == null) {
            synchronized (this) {
                if (template == null) {
                    template = context.createProducerTemplate();
                }
            }
        }
        return template;
    }
}
