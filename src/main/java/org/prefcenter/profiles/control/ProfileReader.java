package org.prefcenter.profiles.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.CustomFieldDefinition;
import org.prefcenter.clients.entity.CustomerType;
import org.prefcenter.platform.Settings;
import org.prefcenter.platform.CaseInsensitive;
import org.prefcenter.platform.LocaleTags;
import org.prefcenter.platform.PropertyNames;
import org.prefcenter.platform.Text;
import org.prefcenter.profiles.entity.AlternateId;
import org.prefcenter.profiles.entity.ProfileContent;

/**
 * Reads a profile document (a create body, or the whole document after a patch) into validated
 * content, checking every rule of the contract against the client's configuration and collecting
 * every violation. Property names match case-insensitively; names from the client's configuration
 * (alternate id types, customer types, custom fields) are stored in the configuration's spelling.
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

    private static final PropertyNames PROFILE = new PropertyNames(Set.of("IsActive", "RegistrationConfirmed",
            "CustomerType", "PreserveConsents", "PreservePreferences", "CustomerName", "DefaultLocale", "AlternateIds",
            "CustomFields"), Set.of("ProfileId", "Edited", "UpdateStatus"));
    private static final List<String> NAME_PARTS = List.of("Prefix", "FirstName", "MiddleName", "LastName", "Suffix");
    private static final PropertyNames CUSTOMER_NAME = new PropertyNames(Set.copyOf(NAME_PARTS), Set.of());
    private static final PropertyNames ALTERNATE_ID = new PropertyNames("AlternateIdType", "AlternateId");
    private static final PropertyNames CUSTOM_FIELD = new PropertyNames("Name", "Value");
    static final int MAX_NAME_PART = 100;
    static final int MAX_ALTERNATE_ID = 256;
    static final int MAX_CUSTOMER_TYPE = 100;

    private final Client client;
    private final Mode mode;
    private final List<Violation> violations = new ArrayList<>();

    private ProfileReader(Client client, Mode mode) {
        this.client = client;
        this.mode = mode;
    }

    /** The content, or the violations found; {@code self} is the profile being patched (null at create). */
    public static Result read(JsonObject document, Client client, Mode mode, Long self, AlternateIdOwners owners) {
        ProfileReader reader = new ProfileReader(client, mode);
        ProfileContent content = reader.content(document, self, owners);
        return new Result(reader.violations.isEmpty() ? content : null, List.copyOf(reader.violations));
    }

    public record Result(ProfileContent content, List<Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private ProfileContent content(JsonObject document, Long self, AlternateIdOwners owners) {
        Map<String, JsonValue> members = PROFILE.read(document, "", this::invalid);
        boolean isActive = bool(members, "IsActive", true);
        boolean registrationConfirmed = bool(members, "RegistrationConfirmed", false);
        boolean preserveConsents = bool(members, "PreserveConsents", true);
        boolean preservePreferences = bool(members, "PreservePreferences", true);
        String customerType = customerType(members.get("CustomerType"));
        ProfileContent.Name name = name(members.get("CustomerName"));
        String locale = locale(members.get("DefaultLocale"));
        List<ProfileContent.Identifier> alternateIds = alternateIds(members.get("AlternateIds"), self, owners);
        List<ProfileContent.Field> customFields = customFields(members.get("CustomFields"));
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, name, locale, alternateIds, customFields);
    }

    private boolean bool(Map<String, JsonValue> members, String name, boolean byDefault) {
        JsonValue value = members.get(name);
        if (value == null && mode == Mode.CREATE) {
            return byDefault;
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        invalid("/" + name, "must be a JSON boolean (true or false)");
        return byDefault;
    }

    private String customerType(JsonValue value) {
        if (isAbsent(value) && mode == Mode.CREATE) {
            return client.defaultCustomerType().map(CustomerType::name).orElseGet(() -> {
                violations.add(new Violation(404, "/CustomerType",
                        "is required: client '" + client.clientId() + "' has no default customer type"));
                return null;
            });
        }
        String name = string(value, "/CustomerType", true, 1, MAX_CUSTOMER_TYPE);
        if (name == null) {
            return null;
        }
        return client.customerType(name).map(CustomerType::name).orElseGet(() -> {
            violations.add(new Violation(404, "/CustomerType",
                    "unknown customer type '" + name + "' for client '" + client.clientId() + "'"));
            return null;
        });
    }

    private ProfileContent.Name name(JsonValue value) {
        if (isAbsent(value)) {
            return ProfileContent.Name.EMPTY;
        }
        if (!(value instanceof JsonObject object)) {
            invalid("/CustomerName", "must be an object");
            return ProfileContent.Name.EMPTY;
        }
        Map<String, JsonValue> parts = CUSTOMER_NAME.read(object, "/CustomerName", this::invalid);
        String[] values = new String[NAME_PARTS.size()];
        for (int i = 0; i < values.length; i++) {
            String part = NAME_PARTS.get(i);
            values[i] = string(parts.get(part), "/CustomerName/" + part, false, 0, MAX_NAME_PART);
        }
        return new ProfileContent.Name(values[0], values[1], values[2], values[3], values[4]);
    }

    private String locale(JsonValue value) {
        if (isAbsent(value) && mode == Mode.CREATE) {
            return client.defaultLocale();
        }
        String tag = string(value, "/DefaultLocale", true, 1, LocaleTags.MAX_LENGTH);
        if (tag != null && !LocaleTags.isWellFormed(tag)) {
            invalid("/DefaultLocale", "must be a well-formed BCP 47 language tag such as en, en-US or fr-CA");
        }
        return tag;
    }

    private List<ProfileContent.Identifier> alternateIds(JsonValue value, Long self, AlternateIdOwners owners) {
        List<ProfileContent.Identifier> result = new ArrayList<>();
        JsonArray items = array(value, "/AlternateIds");
        int cap = Settings.Cap.ALTERNATE_IDS_PER_PROFILE.value();
        if (items.size() > cap) {
            invalid("/AlternateIds", "a profile holds at most " + cap + " alternate ids");
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "/AlternateIds/" + i;
            if (!(items.get(i) instanceof JsonObject item)) {
                invalid(path, "must be an object {AlternateIdType, AlternateId}");
                continue;
            }
            Map<String, JsonValue> members = ALTERNATE_ID.read(item, path, this::invalid);
            String typeName = string(members.get("AlternateIdType"), path + "/AlternateIdType", true, 1, 64);
            String id = string(members.get("AlternateId"), path + "/AlternateId", true, 1, MAX_ALTERNATE_ID);
            if (typeName == null || id == null) {
                continue;
            }
            var type = client.alternateIdType(typeName);
            if (type.isEmpty()) {
                violations.add(new Violation(404, path + "/AlternateIdType",
                        "unknown alternate id type '" + typeName + "' for client '" + client.clientId() + "'"));
                continue;
            }
            if (!seen.add(AlternateId.key(typeName, id))) {
                violations.add(new Violation(409, path, "the alternate id " + typeName + "/" + id
                        + " appears twice in this profile"));
                continue;
            }
            Long owner = owners.ownerOf(type.get().name(), id);
            if (owner != null && !owner.equals(self)) {
                violations.add(new Violation(409, path, "the alternate id " + typeName + "/" + id
                        + " already belongs to another profile of this client"));
                continue;
            }
            result.add(new ProfileContent.Identifier(type.get().name(), id));
        }
        return result;
    }

    private List<ProfileContent.Field> customFields(JsonValue value) {
        List<ProfileContent.Field> result = new ArrayList<>();
        JsonArray items = array(value, "/CustomFields");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "/CustomFields/" + i;
            if (!(items.get(i) instanceof JsonObject item)) {
                invalid(path, "must be an object {Name, Value}");
                continue;
            }
            Map<String, JsonValue> members = CUSTOM_FIELD.read(item, path, this::invalid);
            String name = string(members.get("Name"), path + "/Name", true, 1, 94);
            String fieldValue = string(members.get("Value"), path + "/Value", false, 0, Integer.MAX_VALUE);
            if (name == null) {
                continue;
            }
            CustomFieldDefinition definition = client.customField(name).orElse(null);
            if (definition == null) {
                violations.add(new Violation(404, path + "/Name",
                        "unknown custom field '" + name + "' for client '" + client.clientId() + "'"));
                continue;
            }
            if (!seen.add(CaseInsensitive.key(name))) {
                violations.add(new Violation(409, path + "/Name", "the custom field '" + name
                        + "' appears twice in this profile"));
                continue;
            }
            if (fieldValue != null) {
                String problem = CustomFieldValues.problemWith(definition, fieldValue);
                if (problem != null) {
                    invalid(path + "/Value", problem);
                    continue;
                }
            }
            result.add(new ProfileContent.Field(definition.name(), fieldValue));
        }
        return result;
    }

    private JsonArray array(JsonValue value, String path) {
        if (isAbsent(value) && mode == Mode.CREATE) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        invalid(path, "must be an array");
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private String string(JsonValue value, String path, boolean required, int minLength, int maxLength) {
        if (isAbsent(value)) {
            if (required) {
                invalid(path, "is required");
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            invalid(path, "must be a JSON string");
            return null;
        }
        String problem = Text.problemWith(string.getString(), minLength, maxLength);
        if (problem != null) {
            invalid(path, problem);
            return null;
        }
        return string.getString();
    }

    private static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private void invalid(String path, String message) {
        violations.add(new Violation(400, path, message));
    }
}
