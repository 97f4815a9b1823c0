package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Body;
import org.apache.camel.builder.RouteBuilder;
import org.iiifgenerator.testsupport.RoutesUnderTest;
import org.junit.jupiter.api.Test;

/**
 * The four runs of route template {@code run-template}: each opens the run, makes the collection its own way
 * (tiled here, a share tiled here, merged from shards, fanned out to Lambda workers), then finishes the run: the
 * share's run as a share, whose report stays in its record.
 */
class RunRoutesTest {

    /** Records the run's steps. */
    public static final class StubRunLifecycle {
        final List<String> steps = new CopyOnWriteArrayList<>();

        public String start(@Body String job) {
            steps.add("start " + job);
            return "run of " + job;
        }

        public String finish() {
            steps.add("finish");
            return "report";
        }

        public String finishShare() {
            steps.add("finish share");
            return "share's report";
        }

        public void removeWorkFolder() {
            steps.add("work folder removed");
        }
    }

    /** No legacy records here. */
    public static final class StubLegacyRecords {
        public void moveOutOfTheOutput() {
        }
    }

    @Test
    void eachRunMakesTheCollectionItsOwnWay() throws Exception {
        StubRunLifecycle lifecycle = new StubRunLifecycle();
        try (RoutesUnderTest routes = new RoutesUnderTest(Map.of("runLifecycle", lifecycle,
                "legacyRecords", new StubLegacyRecords()), "intake.camel.yaml", "error-handling.camel.yaml")) {
            routes.only("run", "run-share", "run-merge-shards", "run-fan-out").with(new RouteBuilder() {
                @Override
                public void configure() {
                    for (String way : List.of("collection", "collection-share", "merge-shards", "fan-out")) {
                        from("direct:" + way).process(exchange -> lifecycle.steps.add(way + ": "
                                + exchange.getProperty("iiifRun")));
                    }
                }
            }).start();

            for (String run : List.of("run", "run-merge-shards", "run-fan-out")) {
                assertThat(routes.template().requestBody("direct:" + run, run + "-job")).isEqualTo("report");
            }
            assertThat(routes.template().requestBody("direct:run-share", "run-share-job")).isEqualTo("share's report");

            assertThat(lifecycle.steps).containsExactly(
                    "start run-job", "collection: run of run-job", "finish", "work folder removed",
                    "start run-merge-shards-job", "merge-shards: run of run-merge-shards-job", "finish",
                    "work folder removed",
                    "start run-fan-out-job", "fan-out: run of run-fan-out-job", "finish", "work folder removed",
                    "start run-share-job", "collection-share: run of run-share-job", "finish share",
                    "work folder removed");
        }
    }
}
