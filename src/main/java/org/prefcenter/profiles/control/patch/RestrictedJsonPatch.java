package org.prefcenter.profiles.control.patch;

import java.util.List;

import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * RFC 6902 JSON Patch restricted to add, replace, remove and test, never on the whole document.
 *
 * <p>Validation is split in two: {@link #parse} checks what can be known from the patch alone
 * and reports every bad operation at once; {@link #apply} checks what depends on the document
 * (existence, array bounds, index syntax once a token meets an array) and stops at the first
 * failure. Both only ever throw {@link PatchException} for bad input.
 */
public final class RestrictedJsonPatch {

    private RestrictedJsonPatch() {
    }

    /**
     * Validates the shape of a whole patch document.
     *
     * @param patchDocument  the parsed request body; anything but a JSON array is refused
     * @param maxOperations  the most operations accepted; a longer patch is refused before any
     *                       element is looked at
     * @return the operations in document order, unmodifiable
     * @throws PatchException {@link PatchException.Kind#INVALID}, with one error per bad operation
     *                        (or a single error with operation -1 for the document as a whole)
     * @throws IllegalArgumentException if {@code maxOperations} is negative, a programming error
     */
    public static List<PatchOperation> parse(JsonValue patchDocument, int maxOperations) throws PatchException {
        return PatchDocumentParser.parse(patchDocument, maxOperations);
    }

    /**
     * Applies the operations in order. JSON-P values are immutable, so {@code document} is never
     * changed; the patch is all or nothing because a failure simply discards the copies made.
     *
     * @return the patched document; {@code document} itself if the operations change nothing
     * @throws PatchException at the first failing operation, naming its index and path:
     *                        {@link PatchException.Kind#TEST_FAILED} for a failed test,
     *                        {@link PatchException.Kind#INVALID} for everything else
     */
    public static JsonStructure apply(JsonStructure document, List<PatchOperation> operations) throws PatchException {
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
                throw new PatchException(PatchException.Kind.INVALID,
                        new PatchError(position, null, "operation " + position + " is missing"));
            }
            current = applyOne(current, operation);
        }
        return current;
    }

    private static JsonStructure applyOne(JsonStructure document, PatchOperation operation) throws PatchException {
        try {
            return new OperationStep(operation).applyTo(document);
        } catch (JsonException e) {
            // The JSON-P implementation's wording is not ours to show clients.
            throw new PatchException(PatchException.Kind.INVALID, new PatchError(operation.index(), operation.path(),
                    "cannot " + operation.op().jsonName() + " " + ErrorText.abbreviate(operation.path())
                            + ": the JSON library refused the change"));
        }
    }

    private static PatchException documentError(String message) {
        return new PatchException(PatchException.Kind.INVALID, new PatchError(-1, null, message));
    }
}
