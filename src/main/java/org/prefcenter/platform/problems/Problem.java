package org.prefcenter.platform.problems;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.prefcenter.platform.rules.Violation;

/** Writes RFC 9457 problem details; the one place that knows their shape ({@link ProblemMapper} picks them). */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Built, not parsed: parsing needs a JAX-RS runtime, which unit tests have not. */
    public static final MediaType MEDIA = new MediaType("application", "problem+json");

    private static final String TYPE_BASE = "urn:prefcenter:problem:";
    public static final String INVALID_REQUEST = TYPE_BASE + "invalid-request";
    public static final String INVALID_PATCH = TYPE_BASE + "invalid-patch";
    public static final String TEST_FAILED = TYPE_BASE + "test-failed";
    public static final String NOT_FOUND = TYPE_BASE + "not-found";
    public static final String CONFLICT = TYPE_BASE + "conflict";
    public static final String FORBIDDEN = TYPE_BASE + "forbidden";
    public static final String UNAUTHORIZED = TYPE_BASE + "unauthorized";
    public static final String PRECONDITION_FAILED = TYPE_BASE + "precondition-failed";
    public static final String UNAVAILABLE = TYPE_BASE + "service-unavailable";
    public static final String HTTP = "about:blank";

    /** Looked up once: each static Json.createXxx() call looks the provider up again. */
    private static final JsonBuilderFactory JSON = JsonProvider.provider().createBuilderFactory(Map.of());

    private Problem() {
    }

    public static String json(int status, String type, String title, String detail, List<Violation> errors) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder items = JSON.createArrayBuilder();
            for (Violation error : errors) {
                JsonObjectBuilder item = JSON.createObjectBuilder();
                if (error.operation() != null) {
                    item.add("operation", error.operation());
                }
                if (error.path() != null) {
                    item.add("path", error.path());
                }
                items.add(item.add("message", error.message()));
            }
            body.add("errors", items);
        }
        return body.build().toString();
    }

    public static Response.ResponseBuilder response(int status, String type, String title, String detail,
            List<Violation> errors) {
        // a String entity: JAX-RS writes it for any media type, unlike a JsonObject
        return Response.status(status).type(MEDIA).entity(json(status, type, title, detail, errors));
    }

    /** A problem for a plain HTTP status, titled with the status's reason phrase. */
    public static Response.ResponseBuilder status(int status, String detail) {
        return response(status, HTTP, reason(status), detail, List.of());
    }

    public static Response.ResponseBuilder status(int status) {
        return status(status, detail(status));
    }

    /** What a plain HTTP status means for a caller of this API, in one sentence. */
    public static String detail(int status) {
        return switch (status) {
            case 400 -> "the request is malformed";
            case 404 -> "no resource at this address";
            case 405 -> "this method is not allowed here; see the Allow header";
            case 406 -> "no acceptable representation; this service produces application/json";
            case 413 -> "the request body is too large";
            case 415 -> "content type not accepted";
            case 500 -> "an unexpected error occurred";
            default -> reason(status);
        };
    }

    public static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            default -> "Error";
        };
    }
}
