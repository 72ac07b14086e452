package org.prefcenter.profiles.control.patch;

import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * Applies one operation to a document, RFC 6902 section 4, and returns the changed copy.
 *
 * <p>Walks down to the parent of the target, changes a copy of the parent, then copies each
 * ancestor with its changed child, bottom up. Loops, not recursion, because path depth is
 * client-controlled.
 */
final class OperationStep {

    private final PatchOperation operation;
    private final List<String> tokens;

    OperationStep(PatchOperation operation) {
        this.operation = operation;
        this.tokens = operation.tokens();
    }

    JsonStructure applyTo(JsonStructure document) throws PatchException {
        if (tokens.isEmpty()) {
            throw new PatchException(PatchException.Kind.INVALID, error("path \"\" (the whole document) is not allowed:"
                    + " a patch never replaces or removes the whole document, only members and elements in it"));
        }
        JsonValue[] ancestors = ancestorsOfTarget(document);
        int last = tokens.size() - 1;
        JsonValue parent = ancestors[last];
        return switch (operation.op()) {
            case ADD -> copyAncestors(ancestors, add(parent, last));
            case REPLACE -> copyAncestors(ancestors, replace(parent, last));
            case REMOVE -> copyAncestors(ancestors, remove(parent, last));
            case TEST -> test(document, parent, last);
        };
    }

    /** {@code ancestors[k]} is the value the first {@code k} tokens point to; the last one is the parent. */
    private JsonValue[] ancestorsOfTarget(JsonStructure document) throws PatchException {
        JsonValue[] ancestors = new JsonValue[tokens.size()];
        ancestors[0] = document;
        for (int depth = 0; depth < tokens.size() - 1; depth++) {
            ancestors[depth + 1] = existingChild(ancestors[depth], depth);
        }
        return ancestors;
    }

    private JsonStructure copyAncestors(JsonValue[] ancestors, JsonValue changedParent) {
        JsonValue changed = changedParent;
        for (int depth = ancestors.length - 2; depth >= 0; depth--) {
            String token = tokens.get(depth);
            changed = ancestors[depth] instanceof JsonObject object
                    ? JsonCopies.withMember(object, token, changed)
                    : JsonCopies.withReplaced((JsonArray) ancestors[depth], ArrayIndex.parse(token), changed);
        }
        return (JsonStructure) changed;
    }

    private JsonValue add(JsonValue parent, int depth) throws PatchException {
        String token = tokens.get(depth);
        if (parent instanceof JsonObject object) {
            return JsonCopies.withMember(object, token, operation.value());
        }
        if (parent instanceof JsonArray array) {
            if (ArrayIndex.END_OF_ARRAY.equals(token)) {
                return JsonCopies.withInserted(array, array.size(), operation.value());
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
            return JsonCopies.withInserted(array, index, operation.value());
        }
        throw notAContainer(parent, depth);
    }

    private JsonValue replace(JsonValue parent, int depth) throws PatchException {
        existingChild(parent, depth);
        String token = tokens.get(depth);
        return parent instanceof JsonObject object
                ? JsonCopies.withMember(object, token, operation.value())
                : JsonCopies.withReplaced((JsonArray) parent, ArrayIndex.parse(token), operation.value());
    }

    private JsonValue remove(JsonValue parent, int depth) throws PatchException {
        existingChild(parent, depth);
        String token = tokens.get(depth);
        return parent instanceof JsonObject object
                ? JsonCopies.withoutMember(object, token)
                : JsonCopies.withRemoved((JsonArray) parent, ArrayIndex.parse(token));
    }

    /** Returns the document unchanged when the test passes. */
    private JsonStructure test(JsonStructure document, JsonValue parent, int depth) throws PatchException {
        JsonValue actual = existingChild(parent, depth);
        if (!JsonValueEquality.equal(operation.value(), actual)) {
            throw new PatchException(PatchException.Kind.TEST_FAILED, error("test failed: value at "
                    + ErrorText.abbreviate(operation.path()) + " is not equal to the expected value"));
        }
        return document;
    }

    /** The value that {@code tokens[depth]} names inside {@code container}, which must exist. */
    private JsonValue existingChild(JsonValue container, int depth) throws PatchException {
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

    private PatchException notAContainer(JsonValue value, int depth) {
        return invalid(location(depth) + " is " + ErrorText.typeName(value) + ", not an object or array");
    }

    private String arrayAt(int depth) {
        return depth == 0 ? "the array at the document root" : "the array at " + location(depth);
    }

    /** The pointer made of the first {@code depth} tokens, for messages. */
    private String location(int depth) {
        return ErrorText.abbreviate(JsonPointers.encode(tokens.subList(0, depth)));
    }

    private PatchException invalid(String problem) {
        return new PatchException(PatchException.Kind.INVALID, error("cannot " + operation.op().jsonName() + " "
                + ErrorText.abbreviate(operation.path()) + ": " + problem));
    }

    private PatchError error(String message) {
        return new PatchError(operation.index(), operation.path(), message);
    }
}
