package org.iiifgenerator.testsupport;

import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.AdviceWithRouteBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Some of the application's YAML route files in a CamelContext of their own, with stub beans, so that a test can
 * check a route's wiring (which step follows which decision) without libvips, storage or a run.
 */
public final class RoutesUnderTest implements AutoCloseable {

    /** Advice given to one route before the context starts. */
    public interface Advice {
        void advise(AdviceWithRouteBuilder route) throws Exception;
    }

    private final DefaultCamelContext context = new DefaultCamelContext();

    public RoutesUnderTest(Map<String, Object> beans, Map<String, String> properties, String... routeFiles)
            throws Exception {
        beans.forEach(context.getRegistry()::bind);
        context.getPropertiesComponent().setInitialProperties(toProperties(properties));
        for (String file : routeFiles) {
            Resource resource = ResourceHelper.resolveMandatoryResource(context, "classpath:routes/" + file);
            PluginHelper.getRoutesLoader(context).loadRoutes(resource);
        }
    }

    public RoutesUnderTest(Map<String, Object> beans, String... routeFiles) throws Exception {
        this(beans, Map.of(), routeFiles);
    }

    /** Leaves out the loaded routes that the test does not start, and so the beans they would need. */
    public RoutesUnderTest only(String... routeIds) throws Exception {
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        java.util.Set<String> kept = java.util.Set.of(routeIds);
        model.removeRouteDefinitions(model.getRouteDefinitions().stream()
                .filter(route -> !kept.contains(route.getRouteId())).toList());
        return this;
    }

    /** Adds routes of the test's own, such as a user's step. */
    public RoutesUnderTest with(RouteBuilder routes) throws Exception {
        context.addRoutes(routes);
        return this;
    }

    public RoutesUnderTest advise(String routeId, Advice advice) throws Exception {
        AdviceWith.adviceWith(context, routeId, advice::advise);
        return this;
    }

    public RoutesUnderTest start() {
        context.start();
        return this;
    }

    public ProducerTemplate template() {
        return context.createProducerTemplate();
    }

    public MockEndpoint mock(String uri) {
        return context.getEndpoint(uri, MockEndpoint.class);
    }

    public DefaultCamelContext context() {
        return context;
    }

    @Override
    public void close() {
        context.stop();
    }

    private static java.util.Properties toProperties(Map<String, String> properties) {
        java.util.Properties all = new java.util.Properties();
        all.putAll(properties);
        return all;
    }
}
