package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.iiifgenerator.testsupport.RoutesUnderTest;
import org.junit.jupiter.api.Test;

/**
 * The two collections of route template {@code collection-template}: once every object is done, the whole
 * collection is published, and a share's collection is recorded for the merge instead.
 */
class CollectionRoutesTest {

    /** Objects and their outcomes, without images. */
    public static final class StubPlanner {
        public CollectionPlan plan() {
            return new CollectionPlan(List.of(), "fingerprint");
        }
    }

    /** A run that was not stopped. */
    public static final class StubRun {
        public boolean interrupted() {
            return false;
        }
    }

    /** Nothing left over here. */
    public static final class StubPublishedImages {
        public void removeLeftovers() {
        }
    }

    @Test
    void theWholeCollectionIsPublishedAndAShareIsRecorded() throws Exception {
        List<String> published = new CopyOnWriteArrayList<>();
        try (RoutesUnderTest routes = new RoutesUnderTest(Map.of("collectionPlanner", new StubPlanner(),
                "publishedImages", new StubPublishedImages(), "shardRecords", new Object() {
                    public void publish() {
                        published.add("the share's record");
                    }
                }), "collection.camel.yaml", "error-handling.camel.yaml")) {
            routes.context().getExecutorServiceManager().registerThreadPoolProfile(
                    new ThreadPoolProfileBuilder("objectPool").poolSize(1).maxPoolSize(1).build());
            routes.only("collection", "collection-share", "record-share").with(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:find-objects").setBody(constant(List.of()));
                    from("direct:publish-collection").process(exchange -> published.add("the collection"));
                }
            }).start();

            routes.template().send("direct:collection", exchange -> exchange.setProperty(Run.PROPERTY, new StubRun()));
            routes.template().send("direct:collection-share", exchange -> exchange.setProperty(Run.PROPERTY, new StubRun()));

            assertThat(published).containsExactly("the collection", "the share's record");
        }
    }
}
