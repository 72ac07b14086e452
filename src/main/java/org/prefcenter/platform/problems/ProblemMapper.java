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
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.rules.Refusal;

/**
 * The one mapping from every failure to problem+json. Nothing of an exception but our own messages
 * reaches a client: unknown failures are logged with an incident id and answered with that id only.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private SecurityContext security;

    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ProblemException problem) {
            return Problem.response(problem).build();
        }
        if (cause instanceof Refusal refusal) {
            return Problem.response(ProblemException.of(refusal)).build();
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return accessDenied();
        }
        if (cause instanceof WebApplicationException web) {
            return forHttpStatus(web);
        }
        if (cause instanceof JsonbException || cause instanceof JsonException) {
            return Problem.response(400, Problem.INVALID_REQUEST, "Invalid request",
                    "the request body is not valid JSON of the expected shape", List.of()).build();
        }
        if (PersistenceFailures.isOptimisticLock(cause)) {
            return Problem.response(PersistenceFailures.concurrentUpdate()).build();
        }
        if (PersistenceFailures.isUniqueViolation(cause)) {
            return Problem.response(PersistenceFailures.duplicate()).build();
        }
        if (PersistenceFailures.isAborted(cause)) {
            return Problem.response(PersistenceFailures.aborted()).build();
        }
        if (PersistenceFailures.isUnavailable(cause)) {
            return unavailable("the database is unavailable; retry later");
        }
        if (PersistenceFailures.isTimedOut(cause)) {
            return unavailable("the database did not answer in time (a lock wait or statement timed out); nothing"
                    + " was changed; retry later");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return Problem.status(500, "an unexpected error occurred; incident " + incident).build();
    }

    private Response accessDenied() {
        if (security == null || security.getUserPrincipal() == null) {
            return Problem.unauthorized().build();
        }
        return Problem.response(ProblemException.forbidden("the token's roles do not allow this operation"))
                .build();
    }

    private Response forHttpStatus(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (status == 403) {
            // the server's own @RolesAllowed check on a resource method (Payara's MicroProfile JWT)
            return accessDenied();
        }
        Response.ResponseBuilder response = Problem.status(status);
        if (web instanceof NotAllowedException) {
            response.allow(web.getResponse().getAllowedMethods());
        }
        if (web instanceof NotSupportedException && request != null && "PATCH".equals(request.getMethod())) {
            response.header("Accept-Patch", "application/json-patch+json, application/merge-patch+json");
        }
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }


    private Response unavailable(String detail) {
        return Problem.response(503, Problem.UNAVAILABLE, "Service Unavailable", detail, List.of())
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    /** EJB containers wrap what a bean throws; the first meaningful cause decides the answer. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < 16 && current instanceof EJBException && current.getCause() != null; depth++) {
            current = current.getCause();
        }
        return current;
    }
}
