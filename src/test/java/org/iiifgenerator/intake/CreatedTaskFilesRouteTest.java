package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.iiifgenerator.testsupport.RoutesUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Route {@code created-task-files}, shared by the container's task queue and the trigger Lambda: each task file a
 * notification names goes, while it waits, to the caller's route, and the answer tells what became of each.
 */
class CreatedTaskFilesRouteTest {

    /** A notification, here the names of its task files, one a line. */
    public static final class StubNotifications {
        public List<String> createdObjects(@Body String notification) {
            return List.of(notification.split("\n"));
        }
    }

    /** Only task files named "moved" are no longer waiting. */
    public static final class StubIntake {
        public boolean isWaiting(@Body String task) {
            return !task.startsWith("moved");
        }
    }

    @Test
    void eachWaitingTaskFileGoesToTheCallersRouteAndTheAnswerSaysWhatBecameOfIt() throws Exception {
        try (RoutesUnderTest routes = new RoutesUnderTest(Map.of("s3EventNotifications", new StubNotifications(),
                "taskIntake", new StubIntake(), "taskFileOutcomes", new TaskFileOutcomes()),
                Map.of("intake.enabled", "false", "tasks.queue", "", "tasks.bucket", "", "dispatch.lambda.function", ""), "tasks.camel.yaml", "dispatch.camel.yaml",
                "error-handling.camel.yaml")) {
            routes.only("created-task-files", "trigger-event").with(new RouteBuilder() {
                @Override
                public void configure() {
                    // The trigger's route: a bad task is given up (handled), a broken one fails the invocation.
                    from("direct:trigger")
                            .onException(IllegalArgumentException.class).handled(true).end()
                            .choice()
                            .when(simple("${body} == 'bad.json'")).throwException(new IllegalArgumentException("bad"))
                            .when(simple("${body} == 'broken.json'")).throwException(new IllegalStateException("down"))
                            .end()
                            .to("mock:submitted");
                }
            }).start();
            routes.mock("mock:submitted").expectedBodiesReceived("a.json", "b.json");

            Exchange answer = routes.template().send("direct:trigger-event", exchange -> exchange.getMessage()
                    .setBody("a.json\nmoved.json\nbad.json\nbroken.json\nb.json"));

            TaskFileOutcomes.Outcomes outcomes = answer.getMessage().getBody(TaskFileOutcomes.Outcomes.class);
            assertThat(outcomes.handled()).containsExactly("a.json", "b.json");
            assertThat(outcomes.ignored()).containsExactly("moved.json");
            assertThat(outcomes.failed()).containsExactly("bad.json");
            assertThat(outcomes.errors()).containsOnlyKeys("broken.json");
            assertThat(answer.getException()).as("the split's failure, so that a queue message is kept")
                    .hasMessage("down");
            routes.mock("mock:submitted").assertIsSatisfied();
        }
    }
}
