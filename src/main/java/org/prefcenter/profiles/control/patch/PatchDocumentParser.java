package org.prefcenter.profiles.control.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

/** Checks the shape of a patch document, operation by operation, before anything is applied. */
final class PatchDocumentParser {

    private PatchDocumentParser() {
    }

    static List<PatchOperation> parse(JsonValue document, int maxOperations) {
        if (maxOperations < 0) {
            throw new IllegalArgumentException("maxOperations must not be negative: " + maxOperations);
        }
        if (!(document instanceof JsonArray operations)) {
            throw documentError("a JSON Patch must be a JSON array of operations");
        }
        // Checked before looking at any element, so a huge patch costs nothing more to refuse.
        if (operations.size() > maxOperations) {
            throw documentError("a JSON Patch may contain at most " + maxOperations
                    + " operations, this one has " + operations.size());
        }
        List<PatchOperation> parsed = new ArrayList<>(operations.size());
        List<Violation> errors = new ArrayList<>();
        for (int index = 0; index < operations.size(); index++) {
            Parsed outcome = parseOperation(index, operations.get(index));
            if (outcome.error() != null) {
                errors.add(outcome.error());
            } else {
                parsed.add(outcome.operation());
            }
        }
        if (!errors.isEmpty()) {
            throw ErrorText.refusal(Refusal.Kind.INVALID, errors);
        }
        return List.copyOf(parsed);
    }

    /** Exactly one of the two is set. */
    private record Parsed(PatchOperation operation, Violation error) {
    }

    private static Parsed parseOperation(int index, JsonValue element) {
        if (!(element instanceof JsonObject object)) {
            return failure(index, null, "an operation must be a JSON object, found " + ErrorText.typeName(element));
        }
        JsonValue rawPath = object.get("path");
        String path = rawPath instanceof JsonString string ? string.getString() : null;

        JsonValue rawOp = object.get("op");
        if (rawOp == null) {
            return failure(index, path, "missing 'op': every operation needs one of add, replace, remove or test");
        }
        if (!(rawOp instanceof JsonString opName)) {
            return failure(index, path, "'op' must be a string, found " + ErrorText.typeName(rawOp));
        }
        Optional<PatchOp> knownOp = PatchOp.parse(opName.getString());
        if (knownOp.isEmpty()) {
            return failure(index, path, "unsupported operation " + ErrorText.quote(opName.getString())
                    + ": only add, replace, remove and test are allowed");
        }
        PatchOp op = knownOp.get();

        if (rawPath == null) {
            return failure(index, null, "missing 'path': every operation needs a JSON Pointer");
        }
        if (path == null) {
            return failure(index, null, "'path' must be a string, found " + ErrorText.typeName(rawPath));
        }
        String syntaxProblem = JsonPointers.syntaxProblem(path);
        if (syntaxProblem != null) {
            return failure(index, path,
                    "path " + ErrorText.quote(path) + " is not a valid JSON Pointer: " + syntaxProblem);
        }
        if (path.isEmpty()) {
            return failure(index, path, "path \"\" (the whole document) is not allowed for " + op.jsonName()
                    + ": a patch never replaces or removes the whole document, only members and elements in it");
        }

        JsonValue value = object.get("value");
        if (op == PatchOp.REMOVE) {
            value = null; // RFC 6902 ignores members an operation does not use
        } else if (value == null) {
            return failure(index, path, "missing 'value': " + op.jsonName()
                    + " needs a 'value' member (it may be null)");
        }
        return new Parsed(new PatchOperation(index, op, path, JsonPointers.decode(path), value), null);
    }

    private static Parsed failure(int index, String path, String message) {
        return new Parsed(null, new Violation(index, path, message));
    }

    private static Refusal documentError(String message) {
        return ErrorText.refusal(Refusal.Kind.INVALID, new Violation(null, null, message));
    }
}
