package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.iiifgenerator.collection.SourceObject;
import org.iiifgenerator.metadata.MetadataTable;
import org.iiifgenerator.testsupport.RoutesUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Route {@code find-objects}: the naming rule (steps.identifier) is asked in the route, for each object found, in
 * the order found; an object it fails for carries the reason, and without a rule every object keeps its name.
 */
class FindObjectsRouteTest {

    private static final List<SourceObject> FOUND = List.of(new SourceObject("a", List.of("a/1.jpg", "a/2.jpg")),
            new SourceObject("lost", List.of("lost/1.jpg")), new SourceObject("blank", List.of("blank/1.jpg")));

    /** The planner's listing, without an images folder. */
    public static final class StubPlanner {
        public CollectionPlanner.Found find() {
            return new CollectionPlanner.Found(new LinkedHashMap<>(), FOUND, MetadataTable.empty());
        }
    }

    @Test
    void asksTheNamingRuleForEachObjectInTheRoute() throws Exception {
        List<ObjectNaming.Named> named = findObjects("direct:rule");

        assertThat(named).extracting(ObjectNaming.Named::found).containsExactlyElementsOf(FOUND);
        assertThat(named.get(0).named()).as("named by the rule, from its identifier and its files' header")
                .isEqualTo(new SourceObject("MS-a-2", List.of("a/1.jpg", "a/2.jpg")));
        assertThat(named.get(1).named()).isNull();
        assertThat(named.get(1).failure())
                .isEqualTo("the naming rule (steps.identifier = direct:rule) failed: no number for lost");
        assertThat(named.get(2).named()).isNull();
        assertThat(named.get(2).failure())
                .isEqualTo("the naming rule (steps.identifier = direct:rule) answered with no identifier");
    }

    @Test
    void withoutARuleEveryObjectKeepsTheNameItWasFoundWith() throws Exception {
        List<ObjectNaming.Named> named = findObjects("");

        assertThat(named).extracting(ObjectNaming.Named::named).containsExactlyElementsOf(FOUND);
    }

    @SuppressWarnings("unchecked")
    private static List<ObjectNaming.Named> findObjects(String rule) throws Exception {
        try (RoutesUnderTest routes = new RoutesUnderTest(Map.of("collectionPlanner", new StubPlanner(),
                "objectNaming", new ObjectNaming(rule)), Map.of("steps.identifier", rule),
                "collection.camel.yaml", "error-handling.camel.yaml")) {
            routes.only("find-objects").with(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:rule")
                            .choice()
                            .when(simple("${body} == 'lost'")).throwException(new IllegalStateException("no number for lost"))
                            .when(simple("${body} == 'blank'")).setBody(constant(" "))
                            .otherwise().setBody(simple("MS-${body}-${header.IiifFiles.size()}"));
                }
            }).start();
            return routes.template().requestBody("direct:find-objects", null, List.class);
        }
    }
}
