package org.prefcenter.profiles.control.patch;

import java.util.List;

import jakarta.json.JsonException;
import jakarta.json.JsonPatch;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

/**
 * RFC 6902 JSON Patch restricted to add, replace, remove and test, never on the whole document,
 * applied by JSON-P. What is ours is what JSON-P lacks: the op whitelist (case-insensitive),
 * strict RFC 6901 pointers, {@code test} by JSON value, and errors naming the operation.
 *
 * <p>Validation is split in two: {@link #parse} checks what can be known from the patch alone
 * and reports every bad operation at once; {@link #apply} checks what depends on the document
 * (existence, array bounds, index syntax once a token meets an array) and stops at the first
 * failure. Both only ever throw {@link Refusal} for bad input.
 */
public final class RestrictedJsonPatch {

    // Every static Json factory method runs a ServiceLoader lookup; one per class load is enough.
    private static final JsonProvider JSON = JsonProvider.provider();

    private RestrictedJsonPatch() {
    }

    /**
     * Validates the shape of a whole patch document.
     *
     * @param patchDocument  the parsed request body; anything but a JSON array is refused
     * @param maxOperations  the most operations accepted; a longer patch is refused before any
     *                       element is looked at
     * @return the operations in document order, unmodifiable
     * @throws Refusal {@link Refusal.Kind#INVALID}, with one error per bad operation
     *                        (or a single one without an operation for the document as a whole)
     * @throws IllegalArgumentException if {@code maxOperations} is negative, a programming error
     */
    public static List<PatchOperation> parse(JsonValue patchDocument, int maxOperations) {
        return PatchDocumentParser.parse(patchDocument, maxOperations);
    }

    /**
     * Applies the operations in order. JSON-P values are immutable, so {@code document} is never
     * changed; the patch is all or nothing because a failure simply discards the copies made.
     *
     * @return the patched document; {@code document} itself if only tests ran
     * @throws Refusal at the first failing operation, naming its index and path:
     *                        {@link Refusal.Kind#TEST_FAILED} for a failed test,
     *                        {@link Refusal.Kind#INVALID} for everything else
     */
    public static JsonStructure apply(JsonStructure document, List<PatchOperation> operations) {
        if (document == null) {
            throw documentError("there is no document to patch");
        }
        if (operations == null) {
            throw documentError("there are no operations to apply");
        }
        JsonStructure current = document;
        for (int position = 0; position < operations.size(); position++) {
            PatchOperation operation = operations.get(position);
            if (operation == null) {
                throw ErrorText.refusal(Refusal.Kind.INVALID, new Violation(position, null, "operation " + position + " is missing"));
            }
            current = applyOne(current, operation);
        }
        return current;
    }

    /**
     * One operation, checked by {@link PatchTarget} and applied by JSON-P's {@link JsonPatch}, whose
     * add, replace and remove are RFC 6902's. A test is ours: JSON-P compares numbers by scale.
     */
    private static JsonStructure applyOne(JsonStructure document, PatchOperation operation) {
        JsonValue current = PatchTarget.check(document, operation);
        try {
            JsonPatchBuilder one = JSON.createPatchBuilder();
            return switch (operation.op()) {
                case ADD -> one.add(operation.path(), operation.value()).build().apply(document);
                case REPLACE -> one.replace(operation.path(), operation.value()).build().apply(document);
                case REMOVE -> one.remove(operation.path()).build().apply(document);
                case TEST -> test(document, operation, current);
            };
        } catch (JsonException e) {
            // not expected once PatchTarget passed; JSON-P's wording is not ours to show clients
            throw ErrorText.refusal(Refusal.Kind.INVALID, new Violation(operation.index(), operation.path(),
                    "cannot " + operation.op().jsonName() + " " + ErrorText.abbreviate(operation.path())
                            + ": the JSON library refused the change"));
        }
    }

    private static JsonStructure test(JsonStructure document, PatchOperation operation, JsonValue current)
            {
        if (!JsonValueEquality.equal(operation.value(), current)) {
            throw ErrorText.refusal(Refusal.Kind.TEST_FAILED, new Violation(operation.index(),
                    operation.path(), "test failed: value at " + ErrorText.abbreviate(operation.path())
                            + " is not equal to the expected value"));
        }
        return document;
    }

    private static Refusal documentError(String message) {
        return ErrorText.refusal(Refusal.Kind.INVALID, new Violation(null, null, message));
    }
}
