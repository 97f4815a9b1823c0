package org.iiifgenerator.pipeline;

import java.util.Optional;
import org.iiifgenerator.iiif.presentation.PublishedObject;

/** What became of an object: its published manifest, or nothing when none of it could be published. */
public record ObjectOutcome(ObjectPlan plan, Optional<PublishedObject> published) {

    static ObjectOutcome published(ObjectPlan plan, PublishedObject object) {
        return new ObjectOutcome(plan, Optional.of(object));
    }

    static ObjectOutcome failed(ObjectPlan plan) {
        return new ObjectOutcome(plan, Optional.empty());
    }
}
