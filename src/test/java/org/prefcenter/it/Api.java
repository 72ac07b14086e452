package org.prefcenter.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for the API under test: real requests over java.net.http. */
public final class Api {

    public static final String JSON = "application/json";
    public static final String JSON_PATCH = "application/json-patch+json";

    /**
     * HTTP/1.1, as curl and the README speak it: java.net.http otherwise asks for an h2c upgrade, and
     * Grizzly's HTTP/2 once reset a stream under the race (RST_STREAM "Stream is closed", RacingWritersIT).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI root;

    /** @param deployment any URL of the deployment: only its host and port are used */
    public Api(URL deployment) {
        this.root = URI.create("http://" + deployment.getHost() + ":" + deployment.getPort() + "/");
    }

    /** A JSON object written in a test, to compare a response with. */
    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public URI uri(String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** {@code path} under {@code /Profiles/v4/}. */
    public Reply get(String path, String token) {
        return send(request(api(path), token).GET());
    }

    public Reply getAbsolute(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET());
    }

    /** {@code path} from the server's root, for example a Location header's path. */
    public Reply getAbsolute(String path, String token) {
        return send(request(uri(path), token).GET());
    }

    /**
     * A MicroProfile Health check ({@code ready}, {@code live}): Payara serves them on the application's
     * port, WildFly on its management interface, whose address the build passes as
     * {@code prefcenter.health.url}.
     */
    public Reply health(String check) {
        String base = System.getProperty("prefcenter.health.url");
        URI health = base == null ? uri("health/" + check) : URI.create(base + "/" + check);
        return send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(30)).GET());
    }

    public Reply post(String path, String token, String body) {
        return send(request(api(path), token).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply patch(String path, String token, String body) {
        return patch(path, token, body, JSON_PATCH, null);
    }

    public Reply patch(String path, String token, String body, String contentType, String ifMatch) {
        HttpRequest.Builder request = request(api(path), token)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Reply send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = request(api(path), token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private URI api(String path) {
        return uri("Profiles/v4/" + (path.startsWith("/") ? path.substring(1) : path));
    }

    private static HttpRequest.Builder request(URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers, body, and the body parsed as JSON on demand. */
    public record Reply(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
