package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Variable;
import org.apache.camel.component.mock.MockEndpoint;
import org.iiifgenerator.testsupport.RoutesUnderTest;
import org.junit.jupiter.api.Test;

/** Route {@code image}: a page whose earlier service can be kept is kept, and only the others are tiled. */
class ImageRouteTest {

    @Test
    void keepsWhatCanBeKeptAndTilesTheRest() throws Exception {
        StubPublishedImages published = new StubPublishedImages("kept-page");
        try (RoutesUnderTest routes = new RoutesUnderTest(Map.of("publishedImages", published,
                "failureRecorder", new Object() {
                    public Object pageFailed() {
                        throw new AssertionError("no page fails here");
                    }
                }, "runStop", new Object() {
                    public boolean requested() {
                        return false;
                    }

                    public void notStarted() {
                    }
                }, "pageTiling", new Object() {
                    public String tile(@Body String page) {
                        return "tiled " + page;
                    }
                }), "image.camel.yaml", "error-handling.camel.yaml")) {
            routes.advise("image", route -> route.mockEndpointsAndSkip("direct:tile-image|direct:announce-image"))
                    .start();
            MockEndpoint tiled = routes.mock("mock:direct:tile-image");
            tiled.expectedBodiesReceived("new-page");

            Object keptAnswer = routes.template().requestBody("direct:image", "kept-page");
            Object tiledAnswer = routes.template().requestBody("direct:image", "new-page");

            assertThat(keptAnswer).as("the kept service is the page's answer").isEqualTo("kept kept-page from record");
            assertThat(tiledAnswer).as("a page that cannot be kept goes on to be tiled").isEqualTo("new-page");
            assertThat(published.kept).containsExactly("kept-page");
            tiled.assertIsSatisfied();
        }
    }

    /** Answers that only {@code keepable} has an earlier service to keep. */
    public static final class StubPublishedImages {
        private final String keepable;
        final List<String> kept = new ArrayList<>();

        StubPublishedImages(String keepable) {
            this.keepable = keepable;
        }

        public String earlierService(@Body String page) {
            return page.equals(keepable) ? "record" : null;
        }

        public boolean canKeep(@Variable(PublishedImages.EARLIER_SERVICE) String earlier) {
            return earlier != null;
        }

        public String keep(@Body String page, @Variable(PublishedImages.EARLIER_SERVICE) String earlier) {
            kept.add(page);
            return "kept " + page + " from " + earlier;
        }
    }
}
