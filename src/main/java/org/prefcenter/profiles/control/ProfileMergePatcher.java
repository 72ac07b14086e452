package org.prefcenter.profiles.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.control.DocumentShape.Access;

/**
 * JSON Merge Patch (RFC 7396) of a profile: the member names made canonical against the document's
 * shape, JSON-P's merge of the patch into the document, then the one validation of the result
 * ({@link ProfileValidator}) that a create and a JSON Patch go through too. Read-only members may
 * only repeat their current value; a null for a required member is refused (RFC 7396 makes it a
 * removal). Errors name the member's path.
 */
public final class ProfileMergePatcher {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ProfileMergePatcher() {
    }

    public static ProfilePatcher.PatchResult patch(JsonObject document, JsonValue mergePatch,
            ProfileValidator validator) {
        if (!(mergePatch instanceof JsonObject patch)) {
            throw refused(Refusal.Kind.INVALID,
                    List.of(Violation.at(null, "a JSON Merge Patch of a profile must be a JSON object")));
        }
        List<Violation> errors = new ArrayList<>();
        JsonObject canonical = canonical(patch, ProfileJson.SHAPE, "", errors);
        if (!errors.isEmpty()) {
            throw refused(Refusal.Kind.INVALID, errors);
        }
        JsonObject merged = JSON.createMergePatch(canonical).apply(document).asJsonObject();
        for (DocumentShape.Member member : ProfileJson.SHAPE.members()) {
            String changed = member.access() == Access.READ_ONLY && canonical.containsKey(member.name())
                    ? difference(document.get(member.name()), merged.get(member.name()), "/" + member.name()) : null;
            if (changed != null) {
                errors.add(Violation.at(changed, "is read-only: a merge patch may only repeat its current value"));
            }
        }
        if (!errors.isEmpty()) {
            throw refused(Refusal.Kind.INVALID, errors);
        }
        ProfileValidator.Validated result = validator.patched(merged);
        if (!result.valid()) {
            throw refused(result.kind(), result.violations());
        }
        return new ProfilePatcher.PatchResult(result.content(), ProfileJson.canonicalNames(canonical));
    }

    /**
     * The patch under the document's own member names (matched case-insensitively, in the order the
     * document lists them), recursively where the member is an object; unknown or repeated names are
     * errors. Arrays are values: their items are the validator's.
     */
    private static JsonObject canonical(JsonObject patch, DocumentShape shape, String path, List<Violation> errors) {
        Map<String, JsonValue> members = shape.allNames().read(patch, path,
                (at, message) -> errors.add(Violation.at(at, message)));
        JsonObjectBuilder result = JSON.createObjectBuilder();
        for (DocumentShape.Member member : shape.members()) {
            JsonValue value = members.get(member.name());
            if (value instanceof JsonObject object && member.shape() != null && member.shape().isObject()) {
                result.add(member.name(), canonical(object, member.shape(), path + "/" + member.name(), errors));
            } else if (value != null) {
                result.add(member.name(), value);
            }
        }
        return result.build();
    }

    /** The first path at which the two values differ (numbers compared by value), or null. */
    private static String difference(JsonValue before, JsonValue after, String path) {
        if (before instanceof JsonObject left && after instanceof JsonObject right) {
            Set<String> names = new LinkedHashSet<>(left.keySet());
            names.addAll(right.keySet());
            for (String name : names) {
                String changed = difference(left.get(name), right.get(name), path + "/" + name);
                if (changed != null) {
                    return changed;
                }
            }
            return null;
        }
        if (before instanceof JsonNumber left && after instanceof JsonNumber right) {
            return left.bigDecimalValue().compareTo(right.bigDecimalValue()) == 0 ? null : path;
        }
        return before != null && before.equals(after) ? null : path;
    }

    private static Refusal refused(Refusal.Kind kind, List<Violation> errors) {
        Violation first = errors.get(0);
        return Refusal.ofPatch(kind, "the merge patch cannot be applied: " + (first.path() == null ? "" : first.path() + " ")
                + first.message() + "; nothing was changed", errors);
    }
}
