package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonPointer;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

/**
 * JSON Merge Patch (RFC 7396) of a profile, under every rule of JSON Patch. The member names are
 * first made canonical against the document (which has every property present, so its names are the
 * profile's shape); JSON-P merges the patch into the document; the difference between the document
 * and the merged one, as a JSON Patch with each changed array replaced whole, then runs through the
 * JSON Patch pipeline ({@link ProfilePatcher}), so that every path and document rule is the same.
 * Errors name the member's path, never an operation of that internal patch.
 */
public final class ProfileMergePatcher {

    /** Read-only members: a merge patch may repeat their current value, never change it. */
    private static final List<String> READ_ONLY = ProfileSchema.DOCUMENT.members().stream()
            .filter(Property::isReadOnly).map(Property::name).toList();
    private static final int MAX_ERRORS = 100;
    private static final int MAX_QUOTED_NAME = 100;
    private static final JsonProvider JSON = JsonProvider.provider();

    private ProfileMergePatcher() {
    }

    public static ProfilePatcher.PatchResult patch(JsonObject document, JsonValue mergePatch, Client client,
            Long self, ProfileReader.AlternateIdOwners owners) {
        if (!(mergePatch instanceof JsonObject patch)) {
            throw invalid(List.of(Violation.at(null, "a JSON Merge Patch of a profile must be a JSON object")));
        }
        List<Violation> errors = new ArrayList<>();
        JsonObject canonical = canonical(patch, document, "", errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        JsonObject merged = JSON.createMergePatch(canonical).apply(document).asJsonObject();
        for (String name : READ_ONLY) {
            String changed = canonical.containsKey(name)
                    ? difference(document.get(name), merged.get(name), "/" + name) : null;
            if (changed != null) {
                errors.add(Violation.at(changed, "is read-only: a merge patch may only repeat its current value"));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        JsonArray operations = operations(document, merged);
        try {
            return ProfilePatcher.patch(document, operations, Integer.MAX_VALUE, client, self, owners)
                    .withRequest(ProfilePaths.canonicalNames(canonical));
        } catch (Refusal refused) {
            throw byMember(refused, operations);
        }
    }

    /**
     * The patch under the document's own member names, matched case-insensitively, recursively where
     * both are objects; members the document does not have, or names given twice, are errors.
     */
    private static JsonObject canonical(JsonObject patch, JsonObject target, String path, List<Violation> errors) {
        Map<String, String> names = new HashMap<>();
        target.keySet().forEach(name -> names.put(CaseInsensitive.asciiKey(name), name));
        Set<String> seen = new HashSet<>();
        JsonObjectBuilder result = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : patch.entrySet()) {
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            String name = names.get(CaseInsensitive.asciiKey(member.getKey()));
            if (name == null) {
                errors.add(Violation.at(path + "/" + printable(member.getKey()), "is not a property of "
                        + (path.isEmpty() ? "a profile" : path)));
            } else if (!seen.add(name)) {
                errors.add(Violation.at(path + "/" + name, "is given twice (names match case-insensitively)"));
            } else if (member.getValue() instanceof JsonObject value && target.get(name) instanceof JsonObject inner) {
                result.add(name, canonical(value, inner, path + "/" + name, errors));
            } else {
                result.add(name, member.getValue());
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

    /**
     * JSON-P's diff from the document to the merged one, except that an array that changed is
     * replaced whole (RFC 7396 replaces arrays; the profile's rules then see its items as sent).
     */
    private static JsonArray operations(JsonObject document, JsonObject merged) {
        JsonArrayBuilder result = JSON.createArrayBuilder();
        Set<String> replacedArrays = new HashSet<>();
        for (JsonValue item : JSON.createDiff(document, merged).toJsonArray()) {
            JsonObject operation = item.asJsonObject();
            String array = enclosingArray(document, operation.getString("path"));
            if (array == null) {
                result.add(operation);
            } else if (replacedArrays.add(array)) {
                result.add(JSON.createObjectBuilder().add("op", "replace").add("path", array)
                        .add("value", JSON.createPointer(array).getValue(merged)));
            }
        }
        return result.build();
    }

    /** The pointer of the outermost array of the document that the path goes into, or null. */
    private static String enclosingArray(JsonObject document, String path) {
        int end = path.indexOf('/', 1);
        while (end > 0) {
            String prefix = path.substring(0, end);
            JsonPointer pointer = JSON.createPointer(prefix);
            if (!pointer.containsValue(document)) {
                return null;
            }
            if (pointer.getValue(document) instanceof JsonArray) {
                return prefix;
            }
            end = path.indexOf('/', end + 1);
        }
        return null;
    }

    /**
     * The pipeline's refusal in merge-patch terms: no operation index, and a remove (what a null
     * becomes) refused at its own path means the member is required.
     */
    private static Refusal byMember(Refusal refused, JsonArray operations) {
        List<Violation> errors = new ArrayList<>();
        for (Violation error : refused.violations()) {
            String message = error.message();
            if (error.operation() != null && error.operation() < operations.size()) {
                JsonObject operation = operations.getJsonObject(error.operation());
                if ("remove".equals(operation.getString("op"))
                        && operation.getString("path").equals(error.path())) {
                    message = "is required and cannot be null";
                }
            }
            errors.add(Violation.at(error.path(), message));
        }
        if (errors.isEmpty()) {
            return refused;
        }
        return Refusal.ofPatch(refused.kind(), detail(errors), errors);
    }

    private static Refusal invalid(List<Violation> errors) {
        return Refusal.ofPatch(Refusal.Kind.INVALID, detail(errors), errors);
    }

    private static String detail(List<Violation> errors) {
        Violation first = errors.get(0);
        return "the merge patch cannot be applied: " + (first.path() == null ? "" : first.path() + " ")
                + first.message() + "; nothing was changed";
    }

    /** A member name fit to quote in an error: hostile names (NUL, huge) are cut and cleaned. */
    private static String printable(String name) {
        String cut = name.length() > MAX_QUOTED_NAME ? name.substring(0, MAX_QUOTED_NAME) + "..." : name;
        return cut.replace('\u0000', '?').replace("~", "~0").replace("/", "~1");
    }
}
