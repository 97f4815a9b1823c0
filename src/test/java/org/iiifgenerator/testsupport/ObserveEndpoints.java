package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The long-lived container's health and metrics endpoints (observe.port), as a probe or a scraper sees them. */
public final class ObserveEndpoints {

    /** An answer; status 0 when nothing answered (the server is not up yet). */
    public record Answer(int status, String contentType, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final URI base;

    public ObserveEndpoints(int port) {
        this.port = port;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public Answer live() {
        return get("/observe/health/live");
    }

    public Answer ready() {
        return get("/observe/health/ready");
    }

    public Answer metrics() {
        return get("/observe/metrics");
    }

    public Answer get(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(0, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", e.toString());
        }
    }
}
