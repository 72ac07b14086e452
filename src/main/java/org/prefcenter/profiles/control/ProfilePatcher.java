package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.control.patch.PatchOp;
import org.prefcenter.profiles.control.patch.PatchOperation;
import org.prefcenter.profiles.control.patch.RestrictedJsonPatch;
import org.prefcenter.profiles.entity.ProfileContent;

/**
 * JSON Patch (RFC 6902) of a profile, on one copy of its document: check the patch's shape,
 * canonicalise its paths ({@link ProfilePaths}), apply it with JSON-P, then validate the result as a
 * whole ({@link ProfileValidator}). Nothing is stored here: the caller stores the content only if
 * every step passed.
 */
public final class ProfilePatcher {

    private static final int MAX_ECHOED_PATH = 200;

    /** Looked up once: each static Json.createXxx() call looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ProfilePatcher() {
    }

    /** The patched content, or a {@link Refusal} naming each failing operation. */
    public static PatchResult patch(JsonObject document, JsonValue patch, int maxOperations,
            ProfileValidator validator) {
        List<PatchOperation> operations;
        JsonObject patched;
        JsonArray request;
        try {
            List<PatchOperation> sent = RestrictedJsonPatch.parse(patch, maxOperations);
            List<Violation> pathErrors = new ArrayList<>();
            operations = ProfilePaths.canonical(sent, pathErrors);
            if (!pathErrors.isEmpty()) {
                throw Refusal.ofPatch(Refusal.Kind.INVALID, "", pathErrors);
            }
            request = request(sent, operations);
            patched = RestrictedJsonPatch.apply(document, operations).asJsonObject();
        } catch (Refusal refused) {
            throw reworded(refused);
        }
        ProfileValidator.Validated result = validator.patched(patched);
        if (!result.valid()) {
            throw invalidResult(result, operations);
        }
        return new PatchResult(result.content(), request);
    }

    /**
     * The validated content, and the request as the history records it: what was sent, in canonical
     * names (a JSON Patch's {@code remove} stays a remove).
     */
    public record PatchResult(ProfileContent content, JsonValue request) {
    }

    /** Each operation as sent, with the path and value names of its canonical twin (same index, same order). */
    private static JsonArray request(List<PatchOperation> sent, List<PatchOperation> canonical) {
        JsonArrayBuilder request = JSON.createArrayBuilder();
        for (int i = 0; i < canonical.size(); i++) {
            PatchOperation operation = canonical.get(i);
            JsonObjectBuilder recorded = JSON.createObjectBuilder()
                    .add("op", sent.get(i).op().jsonName())
                    .add("path", operation.path());
            if (sent.get(i).op() != PatchOp.REMOVE) {
                recorded.add("value", operation.value());
            }
            request.add(recorded);
        }
        return request.build();
    }

    /** The engine's refusal, its paths shortened, with a summary for the client. */
    private static Refusal reworded(Refusal refused) {
        List<Violation> errors = refused.violations().stream()
                .map(error -> new Violation(error.operation(), Text.excerpt(error.path(), MAX_ECHOED_PATH), error.message()))
                .toList();
        String detail = refused.kind() == Refusal.Kind.TEST_FAILED ? "a test operation failed; nothing was changed"
                : "the patch cannot be applied: " + errors.get(0).message() + "; nothing was changed";
        return Refusal.ofPatch(refused.kind(), detail, errors);
    }

    /** Violations of the patched document, attributed to the last operation that wrote their top-level property. */
    private static Refusal invalidResult(ProfileValidator.Validated result, List<PatchOperation> operations) {
        List<Violation> errors = result.violations().stream()
                .map(violation -> new Violation(operationFor(violation.path(), operations), violation.path(),
                        violation.message()))
                .toList();
        return Refusal.ofPatch(result.kind(), "the patched profile is invalid: " + errors.get(0).path() + " "
                + errors.get(0).message() + "; nothing was changed", errors);
    }

    /**
     * The operation a violation of the patched document comes from: the last one whose path leads to
     * the violation's ({@code -} standing for the index it appended at), or else the last that wrote
     * its top-level property.
     */
    private static Integer operationFor(String path, List<PatchOperation> operations) {
        List<String> violated = List.of(path.substring(1).split("/", -1));
        for (int i = operations.size() - 1; i >= 0; i--) {
            if (leadsTo(operations.get(i).tokens(), violated)) {
                return operations.get(i).index();
            }
        }
        String top = topLevel(path);
        for (int i = operations.size() - 1; i >= 0; i--) {
            PatchOperation operation = operations.get(i);
            if (!operation.tokens().isEmpty() && operation.tokens().get(0).equals(top)) {
                return operation.index();
            }
        }
        return null;
    }

    private static boolean leadsTo(List<String> written, List<String> violated) {
        if (written.isEmpty() || written.size() > violated.size()) {
            return false;
        }
        for (int i = 0; i < written.size(); i++) {
            String token = written.get(i);
            boolean appended = token.equals("-") && i == written.size() - 1;
            if (!appended && !token.equals(violated.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String topLevel(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }
}
