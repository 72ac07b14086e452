package org.prefcenter.profiles.control.patch;

import java.util.List;
import java.util.Objects;

import jakarta.json.JsonValue;

/**
 * One validated operation.
 *
 * <p>{@link RestrictedJsonPatch#apply} navigates by {@code tokens}; {@code path} only names the
 * operation in error messages, so {@link #withTokens} keeps the two in step.
 *
 * @param index  the position of the operation in its patch document, used in errors
 * @param op     the operation
 * @param path   the RFC 6901 JSON Pointer as sent (or as re-encoded by {@link #withTokens})
 * @param tokens the decoded reference tokens of the path, e.g. {@code "/a~1b/0"} gives
 *               {@code ["a/b", "0"]}; an unmodifiable copy
 * @param value  the operand; {@link JsonValue#NULL} for a JSON null, and {@code null} only for
 *               {@code remove}, which takes no value
 */
public record PatchOperation(int index, PatchOp op, String path, List<String> tokens, JsonValue value) {

    public PatchOperation {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(path, "path");
        tokens = List.copyOf(tokens);
        if (op != PatchOp.REMOVE && value == null) {
            throw new IllegalArgumentException(
                    op.jsonName() + " needs a value; use JsonValue.NULL for a JSON null");
        }
    }

    /** The same operation aimed at another location; the path is re-encoded from the tokens. */
    public PatchOperation withTokens(List<String> newTokens) {
        return new PatchOperation(index, op, JsonPointers.encode(newTokens), newTokens, value);
    }
}
