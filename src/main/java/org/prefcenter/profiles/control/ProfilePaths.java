package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.control.patch.PatchOp;
import org.prefcenter.profiles.control.patch.PatchOperation;

/**
 * The shape of the profile document as patch paths see it: which properties exist, which are
 * read-only, which may be removed. It rewrites each operation's path to the canonical property
 * names (paths match case-insensitively) and turns {@code remove} of a nullable property into
 * {@code replace} with null, before the generic engine applies anything.
 */
public final class ProfilePaths {

    /** What a node of the document allows. */
    private enum Kind {
        READ_ONLY, REQUIRED, NULLABLE, OBJECT, NULLABLE_OBJECT, ARRAY, ITEM
    }

    /** A property as documented, under its canonical name. */
    private record Member(String name, Node node) {
    }

    private record Node(Kind kind, Map<String, Member> members, Node items) {
        static Node leaf(Kind kind) {
            return new Node(kind, Map.of(), null);
        }

        static Node array(Node items) {
            return new Node(Kind.ARRAY, Map.of(), items);
        }

        /** The member a path token names, matched case-insensitively, or null. */
        Member member(String token) {
            return members.get(CaseInsensitive.asciiKey(token));
        }
    }

    private static final Node ROOT = node(ProfileSchema.DOCUMENT, false);

    /** Looked up once: each static Json.createXxx() call looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

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
        Node node = ROOT;
        List<String> tokens = new ArrayList<>(operation.tokens().size());
        for (String token : operation.tokens()) {
            if (!node.members().isEmpty()) {
                Member member = node.member(token);
                if (member == null) {
                    errors.add(error(operation, "'" + shorten(token) + "' is not a property of "
                            + (tokens.isEmpty() ? "a profile" : "/" + String.join("/", tokens))));
                    return null;
                }
                tokens.add(member.name());
                node = member.node();
            } else if (node.kind() == Kind.ARRAY) {
                // the engine checks the index itself (RFC 6901 form, range, '-' only for add)
                tokens.add(token);
                node = node.items();
            } else {
                errors.add(error(operation, "the path goes below /" + String.join("/", tokens)
                        + ", which has no members"));
                return null;
            }
            if (node.kind() == Kind.READ_ONLY && operation.op() != PatchOp.TEST) {
                errors.add(error(operation, "/" + tokens.get(0) + " is read-only: only test is allowed on it"));
                return null;
            }
        }
        if (operation.op() == PatchOp.REMOVE) {
            return removal(operation, node, tokens, errors);
        }
        PatchOperation canonical = operation.withTokens(tokens);
        return new PatchOperation(canonical.index(), canonical.op(), canonical.path(), canonical.tokens(),
                canonicalNames(operation.value(), node));
    }

    /** {@code document} (a whole profile, or a part of one) with every member name it shares with the document spelled as documented. */
    public static JsonValue canonicalNames(JsonValue document) {
        return canonicalNames(document, ROOT);
    }

    /** Names the node does not know are kept as sent: the validator refuses them where it must. */
    private static JsonValue canonicalNames(JsonValue value, Node node) {
        if (value instanceof JsonObject object && !node.members().isEmpty()) {
            JsonObjectBuilder canonical = JSON.createObjectBuilder();
            object.forEach((name, member) -> {
                Member known = node.member(name);
                canonical.add(known == null ? name : known.name(),
                        known == null ? member : canonicalNames(member, known.node()));
            });
            return canonical.build();
        }
        if (value instanceof JsonArray array && node.kind() == Kind.ARRAY) {
            JsonArrayBuilder canonical = JSON.createArrayBuilder();
            array.forEach(item -> canonical.add(canonicalNames(item, node.items())));
            return canonical.build();
        }
        return value;
    }

    /** remove: an array item closes the gap; a nullable value becomes null; anything else refuses. */
    private static PatchOperation removal(PatchOperation operation, Node node, List<String> tokens,
            List<Violation> errors) {
        boolean arrayItem = node.kind() == Kind.ITEM;
        if (arrayItem) {
            return operation.withTokens(tokens);
        }
        if (node.kind() == Kind.NULLABLE || node.kind() == Kind.NULLABLE_OBJECT) {
            PatchOperation canonical = operation.withTokens(tokens);
            return new PatchOperation(canonical.index(), PatchOp.REPLACE, canonical.path(), canonical.tokens(),
                    JsonValue.NULL);
        }
        errors.add(error(operation, "/" + String.join("/", tokens)
                + " is required and cannot be removed; replace it instead"));
        return null;
    }

    private static Violation error(PatchOperation operation, String message) {
        return new Violation(operation.index(), operation.path(), message);
    }

    private static String shorten(String token) {
        return token.length() > 100 ? token.substring(0, 100) + "..." : token.replace('\u0000', '?');
    }

    /** The path rules follow from the schema: read-only, nullable, object, array, item. */
    private static Node node(Property property, boolean readOnly) {
        boolean fixed = readOnly || property.isReadOnly();
        return switch (property.type()) {
            case OBJECT -> new Node(fixed ? Kind.READ_ONLY : property.isNullable() ? Kind.NULLABLE_OBJECT : Kind.OBJECT,
                    members(property, fixed), null);
            case ARRAY -> Node.array(new Node(Kind.ITEM, members(property, fixed), null));
            default -> Node.leaf(fixed ? Kind.READ_ONLY : property.isNullable() ? Kind.NULLABLE : Kind.REQUIRED);
        };
    }

    private static Map<String, Member> members(Property property, boolean readOnly) {
        Map<String, Member> members = new LinkedHashMap<>();
        for (Property member : property.members()) {
            members.put(CaseInsensitive.asciiKey(member.name()), new Member(member.name(), node(member, readOnly)));
        }
        return members;
    }
}
