package org.prefcenter.profiles.control.patch;

import java.util.List;

/**
 * A patch that cannot be accepted, with every error found.
 *
 * <p>Checked on purpose: a bad patch is an expected outcome of client input, not a programming
 * error, and each caller has to decide how it reaches the client ({@link Kind#INVALID} means
 * HTTP 400, {@link Kind#TEST_FAILED} HTTP 409).
 */
public class PatchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the patch was refused. */
    public enum Kind {
        /** The patch is malformed or does not fit the document: HTTP 400. */
        INVALID,
        /** A {@code test} operation found a different value: HTTP 409. */
        TEST_FAILED
    }

    private final Kind kind;
    private final List<PatchError> errors;

    public PatchException(Kind kind, List<PatchError> errors) {
        // No stack trace: these are routine answers to client input, the trace would always
        // point into this package, and filling it in is wasted work on the hot path.
        super(summary(errors), null, false, false);
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public PatchException(Kind kind, PatchError error) {
        this(kind, List.of(error));
    }

    public Kind kind() {
        return kind;
    }

    /** Never empty, in the order found. */
    public List<PatchError> errors() {
        return errors;
    }

    private static String summary(List<PatchError> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("a PatchException needs at least one error");
        }
        PatchError first = errors.get(0);
        String location = first.operation() < 0 ? "" : "operation " + first.operation() + ": ";
        String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more)";
        return location + first.message() + more;
    }
}
