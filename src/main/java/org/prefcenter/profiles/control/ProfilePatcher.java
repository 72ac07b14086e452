package org.prefcenter.profiles.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.Problem;
import org.prefcenter.platform.ProblemDetail;
import org.prefcenter.platform.ProblemException;
import org.prefcenter.profiles.control.patch.PatchError;
import org.prefcenter.profiles.control.patch.PatchException;
import org.prefcenter.profiles.control.patch.PatchOperation;
import org.prefcenter.profiles.control.patch.RestrictedJsonPatch;
import org.prefcenter.profiles.entity.ProfileContent;

/**
 * The patch pipeline on one copy of the document: check the patch's shape, canonicalise its paths
 * against the profile's shape, apply it with the generic engine, then validate the result as a
 * whole. Nothing is stored here: the caller stores the content only if every step passed.
 */
public final class ProfilePatcher {

    private static final int MAX_ECHOED_PATH = 200;

    private ProfilePatcher() {
    }

    /** The patched content, or a ProblemException (400, 404 or 409) naming each failing operation. */
    public static ProfileContentChange patch(JsonObject document, JsonValue patch, int maxOperations, Client client,
            Long self, ProfileReader.AlternateIdOwners owners) {
        List<PatchOperation> operations;
        JsonObject patched;
        try {
            operations = RestrictedJsonPatch.parse(patch, maxOperations);
            List<PatchError> pathErrors = new ArrayList<>();
            operations = ProfilePaths.canonical(operations, pathErrors);
            if (!pathErrors.isEmpty()) {
                throw new PatchException(PatchException.Kind.INVALID, pathErrors);
            }
            patched = RestrictedJsonPatch.apply(document, operations).asJsonObject();
        } catch (PatchException refused) {
            throw problem(refused);
        }
        ProfileReader.Result result = ProfileReader.read(patched, client, ProfileReader.Mode.PATCH, self, owners);
        if (!result.valid()) {
            throw violations(result.violations(), operations);
        }
        return new ProfileContentChange(result.content(), patched);
    }

    /** The validated content and the document it was read from. */
    public record ProfileContentChange(ProfileContent content, JsonObject document) {
    }

    private static ProblemException problem(PatchException refused) {
        List<ProblemDetail> errors = refused.errors().stream()
                .map(error -> new ProblemDetail(error.operation() < 0 ? null : error.operation(),
                        echo(error.path()), error.message()))
                .toList();
        if (refused.kind() == PatchException.Kind.TEST_FAILED) {
            return new ProblemException(409, Problem.TEST_FAILED, "Test failed",
                    "a test operation failed; nothing was changed", errors);
        }
        return new ProblemException(400, Problem.INVALID_PATCH, "Invalid patch",
                "the patch cannot be applied: " + errors.get(0).message() + "; nothing was changed", errors);
    }

    /**
     * Violations of the patched document, attributed to the last operation that wrote the
     * top-level property they are in; the worst kind decides the status (400 before 404 before 409).
     */
    static ProblemException violations(List<Violation> violations, List<PatchOperation> operations) {
        int status = violations.stream().mapToInt(Violation::status).min().orElse(400);
        List<ProblemDetail> errors = violations.stream()
                .filter(violation -> violation.status() == status)
                .map(violation -> new ProblemDetail(operationFor(violation.path(), operations), violation.path(),
                        violation.message()))
                .toList();
        String detail = "the patched profile is invalid: " + errors.get(0).path() + " " + errors.get(0).message()
                + "; nothing was changed";
        return switch (status) {
            case 404 -> ProblemException.notFound(detail, errors);
            case 409 -> ProblemException.conflict(detail, errors);
            default -> new ProblemException(400, Problem.INVALID_PATCH, "Invalid patch", detail, errors);
        };
    }

    /** Violations at create, where there is no operation to name. */
    public static ProblemException violations(List<Violation> violations) {
        int status = violations.stream().mapToInt(Violation::status).min().orElse(400);
        List<ProblemDetail> errors = violations.stream()
                .filter(violation -> violation.status() == status)
                .map(violation -> ProblemDetail.at(violation.path(), violation.message()))
                .toList();
        String detail = "the profile is invalid: " + errors.get(0).path() + " " + errors.get(0).message();
        return switch (status) {
            case 404 -> ProblemException.notFound(detail, errors);
            case 409 -> ProblemException.conflict(detail, errors);
            default -> ProblemException.invalid(detail, errors);
        };
    }

    private static Integer operationFor(String path, List<PatchOperation> operations) {
        String top = topLevel(path);
        for (int i = operations.size() - 1; i >= 0; i--) {
            PatchOperation operation = operations.get(i);
            if (!operation.tokens().isEmpty() && operation.tokens().get(0).equals(top)) {
                return operation.index();
            }
        }
        return null;
    }

    private static String topLevel(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    private static String echo(String path) {
        if (path == null) {
            return null;
        }
        return path.length() > MAX_ECHOED_PATH ? path.substring(0, MAX_ECHOED_PATH) + "..." : path;
    }
}
