package org.prefcenter.profiles.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.prefcenter.clients.entity.AlternateIdType;
import org.prefcenter.clients.entity.CustomFieldDefinition;
import org.prefcenter.clients.entity.CustomerType;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.LocaleTags;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.profiles.control.Property.Type;
import org.prefcenter.profiles.entity.AlternateId;
import org.prefcenter.profiles.entity.CustomFieldValue;
import org.prefcenter.profiles.entity.CustomerName;
import org.prefcenter.profiles.entity.EditInfo;
import org.prefcenter.profiles.entity.Profile;

/**
 * The profile document, declared once: every property with its JSON name, type, nullability,
 * read-only flag, length limit, default and entity mapping, in the order a document lists them.
 * {@link ProfileDocument} writes it, {@link ProfileReader} reads and validates it, and
 * {@link ProfilePaths} derives the patch path rules from it. Adding a property: docs/CONTRIBUTING.md.
 */
public final class ProfileSchema {

    private static final String COMPLETE = "Complete";
    private static final int MAX_NAME_PART = 100;

    private static final Property ID_TYPE = Property.of("AlternateIdType", Type.STRING, AlternateId.Item::type)
            .length(1, 64);
    private static final Property ID_VALUE = Property.of("AlternateId", Type.STRING, AlternateId.Item::value)
            .length(1, 256);
    private static final Property FIELD_NAME = Property.of("Name", Type.STRING, CustomFieldValue.Item::name)
            .length(1, 94);
    private static final Property FIELD_VALUE = Property.of("Value", Type.STRING, CustomFieldValue.Item::value)
            .nullable();

    /** The document itself: an object whose members are the top-level properties. */
    static final Property DOCUMENT = Property.of("", Type.OBJECT, Function.identity()).members(
            Property.of("ProfileId", Type.INTEGER, Profile::id).readOnly(),
            bool("IsActive", true, Profile::isActive, Profile::isActive),
            Property.of("Edited", Type.OBJECT, Profile::edited).readOnly().members(
                    Property.of("CreatedBy", Type.STRING, EditInfo::createdBy).readOnly(),
                    Property.of("CreatedDate", Type.TIMESTAMP, EditInfo::createdDate).readOnly(),
                    Property.of("ModifiedBy", Type.STRING, EditInfo::modifiedBy).readOnly(),
                    Property.of("ModifiedDate", Type.TIMESTAMP, EditInfo::modifiedDate).readOnly()),
            bool("RegistrationConfirmed", false, Profile::registrationConfirmed, Profile::registrationConfirmed),
            text("CustomerType", Profile::customerType, Profile::customerType).length(1, 100)
                    .byDefault(ProfileSchema::defaultCustomerType).rule(ProfileSchema::knownCustomerType),
            bool("PreserveConsents", true, Profile::preserveConsents, Profile::preserveConsents),
            bool("PreservePreferences", true, Profile::preservePreferences, Profile::preservePreferences),
            Property.<Profile>of("CustomerName", Type.OBJECT, Profile::customerName).nullable()
                    .<Profile, CustomerName>set(Profile::customerName).members(CustomerName::new,
                            namePart("Prefix", CustomerName::prefix, CustomerName::prefix),
                            namePart("FirstName", CustomerName::firstName, CustomerName::firstName),
                            namePart("MiddleName", CustomerName::middleName, CustomerName::middleName),
                            namePart("LastName", CustomerName::lastName, CustomerName::lastName),
                            namePart("Suffix", CustomerName::suffix, CustomerName::suffix)),
            text("DefaultLocale", Profile::defaultLocale, Profile::defaultLocale).length(1, LocaleTags.MAX_LENGTH)
                    .byDefault(reader -> reader.client().defaultLocale()).rule(ProfileSchema::wellFormedLocale),
            Property.<Profile>of("AlternateIds", Type.ARRAY, Profile::alternateIds)
                    .<Profile, List<AlternateId.Item>>set(Profile::alternateIds)
                    .items(ProfileSchema::alternateId, ID_TYPE, ID_VALUE)
                    .maxItems(ProfileReader::maxAlternateIds, "alternate ids"),
            Property.<Profile>of("CustomFields", Type.ARRAY, Profile::customFields)
                    .<Profile, List<CustomFieldValue.Item>>set(Profile::customFields)
                    .items(ProfileSchema::customField, FIELD_NAME, FIELD_VALUE),
            Property.<Profile>of("UpdateStatus", Type.STRING, profile -> COMPLETE).readOnly());

    private ProfileSchema() {
    }

    private static Property bool(String name, boolean byDefault, Function<Profile, Boolean> get,
            BiConsumer<Profile, Boolean> set) {
        return Property.of(name, Type.BOOLEAN, get).set(set).byDefault(reader -> byDefault);
    }

    private static Property text(String name, Function<Profile, String> get, BiConsumer<Profile, String> set) {
        return Property.of(name, Type.STRING, get).set(set);
    }

    private static Property namePart(String name, Function<CustomerName, String> get,
            BiConsumer<CustomerName, String> set) {
        return Property.of(name, Type.STRING, get).set(set).nullable().length(0, MAX_NAME_PART);
    }

    private static Object defaultCustomerType(ProfileReader reader) {
        return reader.client().defaultCustomerType().map(CustomerType::name).orElseGet(() -> {
            reader.report(Refusal.Kind.UNKNOWN_REFERENCE, "/CustomerType",
                    "is required: client '" + reader.client().clientId() + "' has no default customer type");
            return null;
        });
    }

    private static String knownCustomerType(String name, String path, ProfileReader reader) {
        return reader.client().customerType(name).map(CustomerType::name).orElseGet(() -> {
            reader.report(Refusal.Kind.UNKNOWN_REFERENCE, path,
                    "unknown customer type '" + name + "' for client '" + reader.client().clientId() + "'");
            return null;
        });
    }

    private static String wellFormedLocale(String tag, String path, ProfileReader reader) {
        if (LocaleTags.isWellFormed(tag)) {
            return tag;
        }
        reader.report(Refusal.Kind.INVALID, path, "must be a well-formed BCP 47 language tag such as en, en-US or fr-CA");
        return null;
    }

    /** The type must exist for the client; a (type, id) pair appears once and belongs to one profile. */
    private static Object alternateId(Map<Property, Object> members, String path, ProfileReader reader,
            Set<String> seen) {
        String typeName = (String) members.get(ID_TYPE);
        String id = (String) members.get(ID_VALUE);
        if (typeName == null || id == null) {
            return null;
        }
        AlternateIdType type = reader.client().alternateIdType(typeName).orElse(null);
        if (type == null) {
            reader.report(Refusal.Kind.UNKNOWN_REFERENCE, path + "/" + ID_TYPE.name(),
                    "unknown alternate id type '" + typeName + "' for client '" + reader.client().clientId() + "'");
            return null;
        }
        if (!seen.add(AlternateId.key(typeName, id))) {
            reader.report(Refusal.Kind.CONFLICT, path, "the alternate id " + typeName + "/" + id
                    + " appears twice in this profile");
            return null;
        }
        if (reader.ownedByAnother(type.name(), id)) {
            reader.report(Refusal.Kind.CONFLICT, path, "the alternate id " + typeName + "/" + id
                    + " already belongs to another profile of this client");
            return null;
        }
        return new AlternateId.Item(type.name(), id);
    }

    /** The name must be one of the client's custom fields, once per profile; the value must suit its type. */
    private static Object customField(Map<Property, Object> members, String path, ProfileReader reader,
            Set<String> seen) {
        String name = (String) members.get(FIELD_NAME);
        String value = (String) members.get(FIELD_VALUE);
        if (name == null) {
            return null;
        }
        CustomFieldDefinition definition = reader.client().customField(name).orElse(null);
        if (definition == null) {
            reader.report(Refusal.Kind.UNKNOWN_REFERENCE, path + "/" + FIELD_NAME.name(),
                    "unknown custom field '" + name + "' for client '" + reader.client().clientId() + "'");
            return null;
        }
        if (!seen.add(CaseInsensitive.key(name))) {
            reader.report(Refusal.Kind.CONFLICT, path + "/" + FIELD_NAME.name(), "the custom field '" + name
                    + "' appears twice in this profile");
            return null;
        }
        String problem = value == null ? null : CustomFieldValues.problemWith(definition, value);
        if (problem != null) {
            reader.report(Refusal.Kind.INVALID, path + "/" + FIELD_VALUE.name(), problem);
            return null;
        }
        return new CustomFieldValue.Item(definition.name(), value);
    }
}
