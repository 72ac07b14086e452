package org.prefcenter.platform.problems;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.security.AccessRefusals;

/**
 * The one mapping from every failure to problem+json, and the one table from a kind of refusal to
 * its status ({@link #answerTo}). A {@link Refusal} is found wherever it was thrown: an EJB, a
 * filter, or a body reader (Jersey and RESTEasy wrap what a reader throws; the cause chain is read).
 * Nothing of an exception but our own messages reaches a client: unknown failures are logged with
 * an incident id and answered with that id only.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final int MAX_DEPTH = 16;

    /** How a kind of refusal is answered: status, problem type and title, and the headers it adds. */
    public record Answer(int status, String type, String title, Map<String, String> headers) {
    }

    @Context
    private SecurityContext security;

    @Context
    private Request request;

    /** The kind -> status table. 408 and 413 close the connection: the rest of the body was not read. */
    public static Answer answerTo(Refusal refusal) {
        return switch (refusal.kind()) {
            case INVALID -> refusal.ofPatch()
                    ? new Answer(400, Problem.INVALID_PATCH, "Invalid patch", Map.of())
                    : new Answer(400, Problem.INVALID_REQUEST, "Invalid request", Map.of());
            // RFC 6750: the bearer challenge, with invalid_token for a presented token that failed
            case UNAUTHENTICATED -> new Answer(401, Problem.UNAUTHORIZED, "Unauthorized",
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
            case INVALID_TOKEN -> new Answer(401, Problem.UNAUTHORIZED, "Unauthorized",
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
            case FORBIDDEN -> new Answer(403, Problem.FORBIDDEN, "Forbidden", Map.of());
            case UNKNOWN_REFERENCE -> new Answer(404, Problem.NOT_FOUND, "Not found", Map.of());
            // RFC 9110 15.5.9: close rather than read on to the next request; Undertow would otherwise
            // drain a trickling body first and send the answer only then
            case TIMEOUT -> new Answer(408, Problem.INVALID_REQUEST, "Request Timeout", Map.of("Connection", "close"));
            case CONFLICT, ABORTED -> new Answer(409, Problem.CONFLICT, "Conflict", Map.of());
            case TEST_FAILED -> new Answer(409, Problem.TEST_FAILED, "Test failed", Map.of());
            case PRECONDITION -> new Answer(412, Problem.PRECONDITION_FAILED, "Precondition Failed", Map.of());
            case TOO_LARGE -> new Answer(413, Problem.INVALID_REQUEST, "Content Too Large",
                    Map.of("Connection", "close"));
            case UNAVAILABLE -> new Answer(503, Problem.UNAVAILABLE, "Service Unavailable",
                    Map.of(HttpHeaders.RETRY_AFTER, "5"));
        };
    }

    public static Response response(Refusal refusal) {
        Answer answer = answerTo(refusal);
        Response.ResponseBuilder response = Problem.response(answer.status(), answer.type(), answer.title(),
                refusal.detail(), refusal.violations());
        answer.headers().forEach(response::header);
        return response.build();
    }

    @Override
    public Response toResponse(Throwable failure) {
        Refusal refusal = refusalIn(failure);
        if (refusal != null) {
            return response(refusal);
        }
        Throwable cause = innermostOfInterest(failure);
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return accessDenied();
        }
        if (cause instanceof WebApplicationException web) {
            return forHttpStatus(web);
        }
        if (cause instanceof JsonbException || cause instanceof JsonException) {
            return response(Refusal.of(Refusal.Kind.INVALID, "the request body is not valid JSON of the expected shape"));
        }
        Refusal translated = PersistenceFailures.refusalFor(cause);
        if (translated != null) {
            return response(translated);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return Problem.status(500, "an unexpected error occurred; incident " + incident).build();
    }

    /** The caller is not signed in (401), or its roles do not allow the operation (403). */
    private Response accessDenied() {
        boolean signedIn = security != null && security.getUserPrincipal() != null;
        return response(signedIn ? AccessRefusals.rolesDoNotAllow() : AccessRefusals.noToken());
    }

    private Response forHttpStatus(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (status == 403) {
            // the server's own @RolesAllowed check on a resource method (Payara's MicroProfile JWT)
            return accessDenied();
        }
        Response.ResponseBuilder response = Problem.status(status);
        if (status == 401) {
            answerTo(AccessRefusals.noToken()).headers().forEach(response::header);
        }
        if (web instanceof NotAllowedException) {
            response.allow(web.getResponse().getAllowedMethods());
        }
        if (web instanceof NotSupportedException && request != null && "PATCH".equals(request.getMethod())) {
            response.header("Accept-Patch", "application/json-patch+json, application/merge-patch+json");
        }
        return response.build();
    }

    /** The first Refusal in the cause chain: EJB containers and JAX-RS runtimes wrap what they call. */
    private static Refusal refusalIn(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_DEPTH && current != null; depth++, current = current.getCause()) {
            if (current instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** The failure without the EJB container's wrappers: the first meaningful cause decides the answer. */
    private static Throwable innermostOfInterest(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_DEPTH && current instanceof EJBException
                && current.getCause() != null; depth++) {
            current = current.getCause();
        }
        return current;
    }
}
