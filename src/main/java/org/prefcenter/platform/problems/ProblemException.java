package org.prefcenter.platform.problems;

import jakarta.ejb.ApplicationException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

/**
 * A failure the client caused or must know about, carried to {@link ProblemMapper} and written as
 * RFC 9457 problem+json. As an application exception it rolls the transaction back and reaches the
 * resource unwrapped; as a {@link WebApplicationException} it also works from JAX-RS providers.
 */
@ApplicationException(rollback = true)
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final transient List<Violation> errors;

    public ProblemException(int status, String type, String title, String detail, List<Violation> errors) {
        super(detail, status);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** The one mapping from a rule's kind of refusal to an HTTP status and problem type. */
    public static ProblemException of(Refusal refusal) {
        String detail = refusal.detail();
        List<Violation> errors = refusal.violations();
        return switch (refusal.kind()) {
            case INVALID -> refusal.ofPatch()
                    ? new ProblemException(400, Problem.INVALID_PATCH, "Invalid patch", detail, errors)
                    : invalid(detail, errors);
            case UNKNOWN_REFERENCE -> notFound(detail, errors);
            case CONFLICT -> conflict(detail, errors);
            case PRECONDITION -> preconditionFailed(detail, errors);
            case TEST_FAILED -> new ProblemException(409, Problem.TEST_FAILED, "Test failed", detail, errors);
        };
    }

    public static ProblemException badRequest(String detail) {
        return invalid(detail, List.of());
    }

    public static ProblemException invalid(String detail, List<Violation> errors) {
        return new ProblemException(400, Problem.INVALID_REQUEST, "Invalid request", detail, errors);
    }

    public static ProblemException notFound(String detail) {
        return notFound(detail, List.of());
    }

    public static ProblemException notFound(String detail, List<Violation> errors) {
        return new ProblemException(404, Problem.NOT_FOUND, "Not found", detail, errors);
    }

    public static ProblemException conflict(String detail) {
        return conflict(detail, List.of());
    }

    public static ProblemException conflict(String detail, List<Violation> errors) {
        return new ProblemException(409, Problem.CONFLICT, "Conflict", detail, errors);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, Problem.FORBIDDEN, "Forbidden", detail, List.of());
    }

    private static ProblemException preconditionFailed(String detail, List<Violation> errors) {
        return new ProblemException(412, Problem.PRECONDITION_FAILED, "Precondition Failed", detail, errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<Violation> errors() {
        return errors;
    }
}
