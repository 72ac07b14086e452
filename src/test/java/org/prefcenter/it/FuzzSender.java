package org.prefcenter.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sends a {@link FuzzCase} exactly as built, over HTTP/1.1 (no h2c upgrade to blur what was sent).
 * java.net.http itself refuses some inputs (Content-Length, Host, control characters in headers): the
 * mutations only build what it sends.
 */
final class FuzzSender {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String root;

    FuzzSender(URL deployment) {
        this.root = "http://" + deployment.getHost() + ":" + deployment.getPort() + "/Profiles/v4/";
    }

    /** The answer, or the IOException when none came (a breach too: every request deserves an answer). */
    Api.Reply send(FuzzCase request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), publisher(request));
        for (Map.Entry<String, String> header : request.headers()) {
            if (header.getKey().equalsIgnoreCase("Expect")) {
                builder.expectContinue(true);
            } else {
                builder.header(header.getKey(), header.getValue());
            }
        }
        try {
            return new Api.Reply(HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher publisher(FuzzCase request) {
        return switch (request.framing()) {
            case NONE -> HttpRequest.BodyPublishers.noBody();
            case LENGTH -> HttpRequest.BodyPublishers.ofByteArray(request.body());
            case CHUNKED -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()));
        };
    }
}
