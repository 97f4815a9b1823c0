package org.iiifgenerator.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Lets viewers on any origin read what the server serves, as the published collection must be served
 * (docs/output.md; docs/usage.md, Previewing): every response allows any origin, and a preflight (OPTIONS) is
 * answered here.
 */
final class CorsFilter extends Filter {

    static final String METHODS = "GET, HEAD, OPTIONS";

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        if (!"OPTIONS".equals(exchange.getRequestMethod())) {
            chain.doFilter(exchange);
            return;
        }
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", METHODS);
        String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
        if (requested != null) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Headers", requested);
        }
        exchange.getResponseHeaders().set("Access-Control-Max-Age", "86400");
        exchange.getResponseHeaders().set("Allow", METHODS);
        Responses.empty(exchange, 204);
    }

    @Override
    public String description() {
        return "CORS: any origin, preflight answered";
    }
}
