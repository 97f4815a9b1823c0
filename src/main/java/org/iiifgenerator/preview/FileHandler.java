package org.iiifgenerator.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers GET and HEAD with the file a {@link FileSource} has at the request's path (below the handler's own
 * path); a path that is not clean is refused (400), a file that is not there is 404. Every refusal is logged: a
 * viewer asking for a tile that does not exist is what a preview is for finding.
 */
final class FileHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FileHandler.class);
    private static final Set<String> METHODS = Set.of("GET", "HEAD");

    private final RequestPath mountedAt;
    private final FileSource source;

    FileHandler(RequestPath mountedAt, FileSource source) {
        this.mountedAt = mountedAt;
        this.source = source;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!METHODS.contains(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", CorsFilter.METHODS);
                refuse(exchange, 405, "Method not allowed: this server only reads files");
                return;
            }
            Optional<RequestPath> path = RequestPath.parse(exchange.getRequestURI().getRawPath())
                    .flatMap(requested -> requested.under(mountedAt));
            if (path.isEmpty()) {
                refuse(exchange, 400, "Not a path to a file of the served folder");
                return;
            }
            Optional<ServedFile> file = source.find(path.get());
            if (file.isEmpty()) {
                refuse(exchange, 404, "Not found");
                return;
            }
            Responses.file(exchange, file.get());
        }
    }

    private static void refuse(HttpExchange exchange, int status, String why) throws IOException {
        LOG.info("{} {} {}", status, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
        Responses.error(exchange, status, why);
    }
}
