package org.prefcenter.profiles.control.patch;

import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

/**
 * Checks, in our words, that an operation's target fits the document before JSON-P applies it:
 * the parent exists and is an object or array, array indexes are RFC 6901 indexes ({@code 0} or
 * no leading zero; JSON-P also accepts {@code 01}), {@code -} appears only as the last token of an
 * add, and the target exists for replace, remove and test. Once it passes, JSON-P's
 * {@code JsonPointer} cannot fail, so its programmer-facing messages never reach a client.
 *
 * <p>A loop, not recursion, because path depth is client-controlled.
 */
final class PatchTarget {

    private final PatchOperation operation;
    private final List<String> tokens;

    private PatchTarget(PatchOperation operation) {
        this.operation = operation;
        this.tokens = operation.tokens();
    }

    /** The value at the target (null for add), or the reason the operation cannot apply. */
    static JsonValue check(JsonStructure document, PatchOperation operation) {
        return new PatchTarget(operation).check(document);
    }

    private JsonValue check(JsonStructure document) {
        if (tokens.isEmpty()) {
            throw ErrorText.refusal(Refusal.Kind.INVALID, error("path \"\" (the whole document) is not allowed:"
                    + " a patch never replaces or removes the whole document, only members and elements in it"));
        }
        JsonValue parent = document;
        int last = tokens.size() - 1;
        for (int depth = 0; depth < last; depth++) {
            parent = existingChild(parent, depth);
        }
        if (operation.op() == PatchOp.ADD) {
            checkAddPosition(parent, last);
            return null;
        }
        return existingChild(parent, last);
    }

    private void checkAddPosition(JsonValue parent, int depth) {
        String token = tokens.get(depth);
        if (parent instanceof JsonObject) {
            return;
        }
        if (parent instanceof JsonArray array) {
            if (ArrayIndex.END_OF_ARRAY.equals(token)) {
                return;
            }
            int index = ArrayIndex.parse(token);
            if (index == ArrayIndex.NOT_AN_INDEX) {
                throw invalid(notAnIndex(token, depth) + ", or '-' to append");
            }
            if (index > array.size()) {
                throw invalid("index " + ErrorText.abbreviate(token) + " is out of bounds for " + arrayAt(depth)
                        + ", which has " + elements(array) + " (add accepts 0 to " + array.size()
                        + ", or '-' to append)");
            }
            return;
        }
        throw notAContainer(parent, depth);
    }

    /** The value that {@code tokens[depth]} names inside {@code container}, which must exist. */
    private JsonValue existingChild(JsonValue container, int depth) {
        String token = tokens.get(depth);
        if (container instanceof JsonObject object) {
            JsonValue member = object.get(token);
            if (member == null) {
                throw invalid(location(depth + 1) + " does not exist");
            }
            return member;
        }
        if (container instanceof JsonArray array) {
            if (ArrayIndex.END_OF_ARRAY.equals(token)) {
                throw invalid("'-' names the position after the last element of " + arrayAt(depth)
                        + ", not an element; it is only allowed as the last token of an add, to append");
            }
            int index = ArrayIndex.parse(token);
            if (index == ArrayIndex.NOT_AN_INDEX) {
                throw invalid(notAnIndex(token, depth));
            }
            if (index >= array.size()) {
                throw invalid("index " + ErrorText.abbreviate(token) + " is out of bounds for " + arrayAt(depth)
                        + ", which has " + elements(array));
            }
            return array.get(index);
        }
        throw notAContainer(container, depth);
    }

    private String notAnIndex(String token, int depth) {
        return ErrorText.quote(token) + " is not a valid index into " + arrayAt(depth)
                + ": use 0 or a positive number without leading zeros, sign or spaces";
    }

    private static String elements(JsonArray array) {
        return array.size() == 1 ? "1 element" : array.size() + " elements";
    }

    private Refusal notAContainer(JsonValue value, int depth) {
        return invalid(location(depth) + " is " + ErrorText.typeName(value) + ", not an object or array");
    }

    private String arrayAt(int depth) {
        return depth == 0 ? "the array at the document root" : "the array at " + location(depth);
    }

    /** The pointer made of the first {@code depth} tokens, for messages. */
    private String location(int depth) {
        return ErrorText.abbreviate(JsonPointers.encode(tokens.subList(0, depth)));
    }

    private Refusal invalid(String problem) {
        return ErrorText.refusal(Refusal.Kind.INVALID, error("cannot " + operation.op().jsonName() + " "
                + ErrorText.abbreviate(operation.path()) + ": " + problem));
    }

    private Violation error(String message) {
        return new Violation(operation.index(), operation.path(), message);
    }
}
