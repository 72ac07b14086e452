package org.prefcenter.profiles.control;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.control.DocumentShape.Access;
import org.prefcenter.profiles.control.patch.PatchOp;
import org.prefcenter.profiles.control.patch.PatchOperation;

/**
 * The patch path rules of the profile document, as {@link ProfileJson#SHAPE} declares them: which
 * properties exist, which are read-only, which may be removed. It rewrites each operation's path to
 * the canonical property names (paths match case-insensitively) and turns {@code remove} of a
 * nullable property into {@code replace} with null, before the generic engine applies anything.
 */
public final class ProfilePaths {

    private ProfilePaths() {
    }

    /** The canonical operations, or the errors of those that address nothing writable. */
    public static List<PatchOperation> canonical(List<PatchOperation> operations, List<Violation> errors) {
        List<PatchOperation> result = new ArrayList<>(operations.size());
        for (PatchOperation operation : operations) {
            PatchOperation canonical = canonical(operation, errors);
            if (canonical != null) {
                result.add(canonical);
            }
        }
        return result;
    }

    private static PatchOperation canonical(PatchOperation operation, List<Violation> errors) {
        DocumentShape shape = ProfileJson.SHAPE;
        DocumentShape.Member target = null;
        boolean item = false;
        List<String> tokens = new ArrayList<>(operation.tokens().size());
        for (String token : operation.tokens()) {
            if (shape == null) {
                errors.add(error(operation, "the path goes below /" + String.join("/", tokens)
                        + ", which has no members"));
                return null;
            }
            if (shape.isObject()) {
                target = shape.member(token);
                if (target == null) {
                    errors.add(error(operation, "'" + quoted(token) + "' is not a property of "
                            + (tokens.isEmpty() ? "a profile" : "/" + String.join("/", tokens))));
                    return null;
                }
                boolean fixed = target.access() == Access.READ_ONLY || target.access() == Access.KEY;
                if (fixed && operation.op() != PatchOp.TEST) {
                    errors.add(error(operation, "/" + String.join("/", tokens) + (tokens.isEmpty() ? "" : "/")
                            + target.name() + " is read-only: only test is allowed on it"));
                    return null;
                }
                tokens.add(target.name());
                shape = target.shape();
                item = false;
            } else {
                // an array: the engine checks the index itself (RFC 6901 form, range, '-' only for add)
                tokens.add(token);
                shape = shape.items();
                item = true;
            }
        }
        if (operation.op() == PatchOp.REMOVE) {
            return removal(operation, target, item, tokens, errors);
        }
        PatchOperation canonical = operation.withTokens(tokens);
        JsonValue value = shape == null ? operation.value() : shape.canonicalNames(operation.value());
        return new PatchOperation(canonical.index(), canonical.op(), canonical.path(), canonical.tokens(), value);
    }

    /** remove: an array item closes the gap; a nullable value becomes null; anything else refuses. */
    private static PatchOperation removal(PatchOperation operation, DocumentShape.Member target, boolean item,
            List<String> tokens, List<Violation> errors) {
        if (item) {
            return operation.withTokens(tokens);
        }
        if (target != null && target.access() == Access.NULLABLE) {
            PatchOperation canonical = operation.withTokens(tokens);
            return new PatchOperation(canonical.index(), PatchOp.REPLACE, canonical.path(), canonical.tokens(),
                    JsonValue.NULL);
        }
        errors.add(error(operation, "/" + String.join("/", tokens)
                + " is required and cannot be removed; replace it instead"));
        return null;
    }

    private static String quoted(String token) {
        return Text.excerpt(token, 100).replace('\u0000', '?');
    }

    private static Violation error(PatchOperation operation, String message) {
        return new Violation(operation.index(), operation.path(), message);
    }
}
