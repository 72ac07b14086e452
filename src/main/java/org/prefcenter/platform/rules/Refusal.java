package org.prefcenter.platform.rules;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request that is refused, said without HTTP: what kind of refusal, a summary, and each violation
 * found. Every refusal the application raises is one of these, from control classes, EJBs, filters
 * and body readers alike; {@code platform/problems/ProblemMapper} alone turns kinds into statuses.
 *
 * <p>An application exception: it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. Where a rule finds several, the first kind found wins. */
    public enum Kind {
        /** Malformed, or breaks a rule of the document or of the patch. */
        INVALID,
        /** No bearer token: the caller must authenticate. */
        UNAUTHENTICATED,
        /** A bearer token was presented but is not accepted. */
        INVALID_TOKEN,
        /** The caller is known but its roles or scope do not allow this. */
        FORBIDDEN,
        /** Names something that does not exist: a client, a profile, a type, a field. */
        UNKNOWN_REFERENCE,
        /** The request body did not arrive in time; the rest of it was not read. */
        TIMEOUT,
        /** Clashes with what is stored: a duplicate, a cap reached, or a change made at the same time. */
        CONFLICT,
        /** The database aborted the transaction for a concurrent one; nothing was changed. */
        ABORTED,
        /** A precondition of the request (If-Match) does not hold. */
        PRECONDITION,
        /** A JSON Patch {@code test} operation found another value. */
        TEST_FAILED,
        /** The request body is larger than allowed; the rest of it was not read. */
        TOO_LARGE,
        /** The database is away or did not answer in time; nothing was changed, and a retry may succeed. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final boolean ofPatch;
    private final transient List<Violation> violations;

    private Refusal(Kind kind, boolean ofPatch, String detail, List<Violation> violations) {
        // No stack trace: a routine answer to client input, and filling it in is wasted work.
        super(detail, null, false, false);
        this.kind = kind;
        this.ofPatch = ofPatch;
        this.violations = List.copyOf(violations);
    }

    public static Refusal of(Kind kind, String detail, List<Violation> violations) {
        return new Refusal(kind, false, detail, violations);
    }

    /** A refusal of a patch, or of the document a patch produced. */
    public static Refusal ofPatch(Kind kind, String detail, List<Violation> violations) {
        return new Refusal(kind, true, detail, violations);
    }

    public static Refusal of(Kind kind, String detail) {
        return of(kind, detail, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public boolean ofPatch() {
        return ofPatch;
    }

    /** A summary for the client, naming the first violation. */
    public String detail() {
        return getMessage();
    }

    /** In the order found; may be empty. */
    public List<Violation> violations() {
        return violations;
    }
}
