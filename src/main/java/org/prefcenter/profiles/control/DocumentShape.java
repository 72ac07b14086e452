package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prefcenter.platform.json.PropertyNames;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * The shape of a JSON document as its readers and patch paths see it: an object's members by name
 * (matched case-insensitively), whether each is read-only, required or nullable, and what lies below
 * it (members of an object, the shape of an array's items). It knows no document; {@link ProfileJson}
 * declares the profile's.
 */
final class DocumentShape {

    /** What a member allows. Below a read-only member, everything is read-only. */
    enum Access {
        READ_ONLY, REQUIRED, NULLABLE,
        /** An item's identity the server gave it: read-only to a patch, read to match the item. */
        KEY
    }

    /** A member under its documented name; {@code shape} is null for a string, number or boolean. */
    record Member(String name, Access access, DocumentShape shape) {
    }

    private static final JsonProvider JSON = JsonProvider.provider();

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final boolean array;
    private final DocumentShape items;
    private final PropertyNames names;
    private final PropertyNames allNames;

    private DocumentShape(List<Member> members, boolean array, DocumentShape items) {
        Set<String> writable = new HashSet<>();
        Set<String> readOnly = new HashSet<>();
        for (Member member : members) {
            this.members.put(CaseInsensitive.asciiKey(member.name()), member);
            // a key is read like a writable member: it matches items; patches cannot write it
            (member.access() == Access.READ_ONLY ? readOnly : writable).add(member.name());
        }
        this.array = array;
        this.items = items;
        this.names = new PropertyNames(writable, readOnly);
        Set<String> every = new HashSet<>(writable);
        every.addAll(readOnly);
        this.allNames = new PropertyNames(every, Set.of());
    }

    static DocumentShape object(Member... members) {
        return new DocumentShape(List.of(members), false, null);
    }

    /** An array whose items are objects with these members. */
    static DocumentShape arrayOf(Member... itemMembers) {
        return new DocumentShape(List.of(), true, object(itemMembers));
    }

    /** An array whose items are strings, numbers or booleans. */
    static DocumentShape arrayOfValues() {
        return new DocumentShape(List.of(), true, null);
    }

    static Member readOnly(String name) {
        return new Member(name, Access.READ_ONLY, null);
    }

    static Member readOnly(String name, DocumentShape shape) {
        return new Member(name, Access.READ_ONLY, shape);
    }

    static Member key(String name) {
        return new Member(name, Access.KEY, null);
    }

    static Member required(String name) {
        return new Member(name, Access.REQUIRED, null);
    }

    static Member required(String name, DocumentShape shape) {
        return new Member(name, Access.REQUIRED, shape);
    }

    static Member nullable(String name) {
        return new Member(name, Access.NULLABLE, null);
    }

    static Member nullable(String name, DocumentShape shape) {
        return new Member(name, Access.NULLABLE, shape);
    }

    /** The member a name or path token stands for, matched case-insensitively, or null. */
    Member member(String name) {
        return members.get(CaseInsensitive.asciiKey(name));
    }

    /** An object's members, in the order declared. */
    List<Member> members() {
        return List.copyOf(members.values());
    }

    /** The documented names of an object's members, in the order declared. */
    List<String> memberNames() {
        return members.values().stream().map(Member::name).toList();
    }

    boolean isObject() {
        return !array;
    }

    /** The shape of each item: null for an object, and for an array of plain values. */
    DocumentShape items() {
        return items;
    }

    /** The names a reader accepts: the writable ones, and the read-only ones (accepted and dropped). */
    PropertyNames names() {
        return names;
    }

    /** Every member name, read-only ones too. */
    PropertyNames allNames() {
        return allNames;
    }

    /** The value with every member name it shares with this shape spelled as documented; other names as sent. */
    JsonValue canonicalNames(JsonValue value) {
        if (value instanceof JsonObject object && isObject()) {
            JsonObjectBuilder canonical = JSON.createObjectBuilder();
            object.forEach((name, memberValue) -> {
                Member known = member(name);
                canonical.add(known == null ? name : known.name(), known == null || known.shape() == null
                        ? memberValue : known.shape().canonicalNames(memberValue));
            });
            return canonical.build();
        }
        if (value instanceof JsonArray array && this.array && items != null) {
            JsonArrayBuilder canonical = JSON.createArrayBuilder();
            array.forEach(item -> canonical.add(items.canonicalNames(item)));
            return canonical.build();
        }
        return value;
    }
}
