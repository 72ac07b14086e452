package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.platform.config.Settings;

/**
 * Reads a profile document (a create body, or the whole document after a patch) into validated
 * values, property by property as {@link ProfileSchema} declares them, checking every rule against
 * the client's configuration and collecting every violation. Property names match
 * case-insensitively; names from the client's configuration are stored in its spelling.
 */
public final class ProfileReader {

    public enum Mode {
        /** Missing properties take their defaults; read-only properties are ignored. */
        CREATE,
        /** The whole document is present; nulls for required properties are violations. */
        PATCH
    }

    /** Which profile of the client, if any, already holds an alternate id. */
    @FunctionalInterface
    public interface AlternateIdOwners {
        Long ownerOf(String type, String value);
    }

    private final Client client;
    private final Mode mode;
    private final Long self;
    private final AlternateIdOwners owners;
    private final int maxAlternateIds;
    private final Map<Refusal.Kind, List<Violation>> violations = new EnumMap<>(Refusal.Kind.class);

    private ProfileReader(Client client, Mode mode, Long self, AlternateIdOwners owners, int maxAlternateIds) {
        this.client = client;
        this.mode = mode;
        this.self = self;
        this.owners = owners;
        this.maxAlternateIds = maxAlternateIds;
    }

    /** The values, or the violations found; {@code self} is the profile being patched (null at create). */
    public static Result read(JsonObject document, Client client, Mode mode, Long self, AlternateIdOwners owners) {
        return read(document, client, mode, self, owners, jakarta.enterprise.inject.spi.CDI.current().select(Settings.class).get().alternateIdsPerProfile());
    }

    /** The same, with the cap on alternate ids per profile given rather than configured. */
    public static Result read(JsonObject document, Client client, Mode mode, Long self, AlternateIdOwners owners,
            int maxAlternateIds) {
        ProfileReader reader = new ProfileReader(client, mode, self, owners, maxAlternateIds);
        Map<Property, Object> values = reader.members(ProfileSchema.DOCUMENT, document, "");
        if (reader.violations.isEmpty()) {
            return new Result(new ProfileValues(values), null, List.of());
        }
        // the first kind decides, as it decides the response: invalid before unknown before conflict
        var first = reader.violations.entrySet().iterator().next();
        return new Result(null, first.getKey(), List.copyOf(first.getValue()));
    }

    /** The values, or the kind of the first violations and those violations. */
    public record Result(ProfileValues values, Refusal.Kind kind, List<Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    Client client() {
        return client;
    }

    /** Whether another profile of the client holds this alternate id. */
    boolean ownedByAnother(String type, String value) {
        Long owner = owners.ownerOf(type, value);
        return owner != null && !owner.equals(self);
    }

    int maxAlternateIds() {
        return maxAlternateIds;
    }

    void report(Refusal.Kind kind, String path, String message) {
        violations.computeIfAbsent(kind, any -> new ArrayList<>()).add(Violation.at(path, message));
    }

    /** The writable members' values; read-only members are accepted and ignored. */
    private Map<Property, Object> members(Property owner, JsonObject object, String path) {
        Map<String, JsonValue> given = owner.names().read(object, path, this::invalid);
        Map<Property, Object> values = new LinkedHashMap<>();
        for (Property member : owner.members()) {
            if (!member.isReadOnly()) {
                values.put(member, value(member, given.get(member.name()), path + "/" + member.name()));
            }
        }
        return values;
    }

    private Object value(Property property, JsonValue value, String path) {
        return switch (property.type()) {
            case BOOLEAN -> bool(property, value, path);
            case STRING -> string(property, value, path);
            case OBJECT -> object(property, value, path);
            case ARRAY -> array(property, value, path);
            default -> throw new IllegalStateException(property.name() + " is read-only"); // never writable
        };
    }

    private Boolean bool(Property property, JsonValue value, String path) {
        if (value == null && mode == Mode.CREATE) {
            return (Boolean) property.byDefault().apply(this);
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        invalid(path, "must be a JSON boolean (true or false)");
        return null;
    }

    private String string(Property property, JsonValue value, String path) {
        if (isAbsent(value)) {
            if (mode == Mode.CREATE && property.byDefault() != null) {
                return (String) property.byDefault().apply(this);
            }
            if (!property.isNullable()) {
                invalid(path, "is required");
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            invalid(path, "must be a JSON string");
            return null;
        }
        String problem = Text.problemWith(string.getString(), property.minLength(), property.maxLength());
        if (problem != null) {
            invalid(path, problem);
            return null;
        }
        return property.rule() == null ? string.getString() : property.rule().check(string.getString(), path, this);
    }

    /** An absent or null object is one whose members are all null. */
    private Map<Property, Object> object(Property property, JsonValue value, String path) {
        if (isAbsent(value)) {
            return members(property, JsonValue.EMPTY_JSON_OBJECT, path);
        }
        if (!(value instanceof JsonObject object)) {
            invalid(path, "must be an object");
            return members(property, JsonValue.EMPTY_JSON_OBJECT, path);
        }
        return members(property, object, path);
    }

    private List<Object> array(Property property, JsonValue value, String path) {
        JsonArray items = JsonValue.EMPTY_JSON_ARRAY;
        if (value instanceof JsonArray array) {
            items = array;
        } else if (!isAbsent(value) || mode != Mode.CREATE) {
            invalid(path, "must be an array");
        }
        List<Object> result = new ArrayList<>();
        int cap = property.maxItems(this);
        if (items.size() > cap) {
            invalid(path, "a profile holds at most " + cap + " " + property.itemsName());
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "/" + i;
            if (!(items.get(i) instanceof JsonObject item)) {
                invalid(itemPath, "must be an object {" + property.members().stream().map(Property::name)
                        .collect(Collectors.joining(", ")) + "}");
                continue;
            }
            Object built = property.itemRule().item(members(property, item, itemPath), itemPath, this, seen);
            if (built != null) {
                result.add(built);
            }
        }
        return result;
    }

    private static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private void invalid(String path, String message) {
        report(Refusal.Kind.INVALID, path, message);
    }
}
