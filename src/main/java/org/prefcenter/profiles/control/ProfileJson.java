package org.prefcenter.profiles.control;

import static org.prefcenter.profiles.control.DocumentShape.arrayOf;
import static org.prefcenter.profiles.control.DocumentShape.nullable;
import static org.prefcenter.profiles.control.DocumentShape.object;
import static org.prefcenter.profiles.control.DocumentShape.readOnly;
import static org.prefcenter.profiles.control.DocumentShape.required;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.prefcenter.platform.json.JsonInput;
import org.prefcenter.platform.rules.LocaleTags;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.entity.AlternateId;
import org.prefcenter.profiles.entity.CustomFieldValue;
import org.prefcenter.profiles.entity.EditInfo;
import org.prefcenter.profiles.entity.Profile;
import org.prefcenter.profiles.entity.ProfileContent;

/**
 * The profile document in JSON, the one place that names its members: their shape ({@link #SHAPE},
 * from which the patch path rules follow), the document written from a profile, and a document read
 * into {@link ProfileContent} with every violation of its JSON types and lengths. The rules that
 * need the client's configuration are {@link ProfileValidator}'s. Adding a property:
 * docs/CONTRIBUTING.md.
 */
public final class ProfileJson {

    /** Which document is read: a create body, or a whole document after a patch. */
    enum Mode {
        /** Absent members take their defaults; the client's defaults are left to the validator (null). */
        CREATE,
        /** Every writable member is present; an absent one is a member a merge patch set to null. */
        PATCHED
    }

    static final String PROFILE_ID = "ProfileId";
    static final String IS_ACTIVE = "IsActive";
    static final String EDITED = "Edited";
    static final String REGISTRATION_CONFIRMED = "RegistrationConfirmed";
    static final String CUSTOMER_TYPE = "CustomerType";
    static final String PRESERVE_CONSENTS = "PreserveConsents";
    static final String PRESERVE_PREFERENCES = "PreservePreferences";
    static final String CUSTOMER_NAME = "CustomerName";
    static final String DEFAULT_LOCALE = "DefaultLocale";
    static final String ALTERNATE_IDS = "AlternateIds";
    static final String ALTERNATE_ID_TYPE = "AlternateIdType";
    static final String ALTERNATE_ID = "AlternateId";
    static final String CUSTOM_FIELDS = "CustomFields";
    static final String FIELD_NAME = "Name";
    static final String FIELD_VALUE = "Value";
    static final String UPDATE_STATUS = "UpdateStatus";

    private static final String CREATED_BY = "CreatedBy";
    private static final String CREATED_DATE = "CreatedDate";
    private static final String MODIFIED_BY = "ModifiedBy";
    private static final String MODIFIED_DATE = "ModifiedDate";
    private static final String PREFIX = "Prefix";
    private static final String FIRST_NAME = "FirstName";
    private static final String MIDDLE_NAME = "MiddleName";
    private static final String LAST_NAME = "LastName";
    private static final String SUFFIX = "Suffix";
    private static final String COMPLETE = "Complete";

    private static final int MAX_NAME_PART = 100;

    /**
     * Every member of the document in the order it is written, and what a patch may do with it:
     * read-only members only take {@code test}; removing a nullable one sets it to null; a required
     * one can only be replaced; array items are added and removed freely.
     */
    static final DocumentShape SHAPE = object(
            readOnly(PROFILE_ID),
            required(IS_ACTIVE),
            readOnly(EDITED, object(readOnly(CREATED_BY), readOnly(CREATED_DATE), readOnly(MODIFIED_BY),
                    readOnly(MODIFIED_DATE))),
            required(REGISTRATION_CONFIRMED),
            required(CUSTOMER_TYPE),
            required(PRESERVE_CONSENTS),
            required(PRESERVE_PREFERENCES),
            nullable(CUSTOMER_NAME, object(nullable(PREFIX), nullable(FIRST_NAME), nullable(MIDDLE_NAME),
                    nullable(LAST_NAME), nullable(SUFFIX))),
            required(DEFAULT_LOCALE),
            required(ALTERNATE_IDS, arrayOf(required(ALTERNATE_ID_TYPE), required(ALTERNATE_ID))),
            required(CUSTOM_FIELDS, arrayOf(required(FIELD_NAME), nullable(FIELD_VALUE))),
            readOnly(UPDATE_STATUS));

    /** Looked up once: each static Json.createXxx() call looks the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ProfileJson() {
    }

    /** The document of the contract: every member present, {@code null} where unset. */
    public static JsonObject write(Profile profile) {
        ProfileContent content = profile.content();
        EditInfo edited = profile.edited();
        ProfileContent.Name name = content.customerName();
        JsonArrayBuilder alternateIds = JSON.createArrayBuilder();
        content.alternateIds().forEach(id -> alternateIds.add(JSON.createObjectBuilder()
                .add(ALTERNATE_ID_TYPE, id.type()).add(ALTERNATE_ID, id.value())));
        JsonArrayBuilder customFields = JSON.createArrayBuilder();
        content.customFields().forEach(field -> customFields.add(JSON.createObjectBuilder()
                .add(FIELD_NAME, field.name()).add(FIELD_VALUE, text(field.value()))));
        return JSON.createObjectBuilder()
                .add(PROFILE_ID, profile.id() == null ? JsonValue.NULL : JSON.createValue(profile.id()))
                .add(IS_ACTIVE, content.isActive())
                .add(EDITED, JSON.createObjectBuilder()
                        .add(CREATED_BY, text(edited.createdBy()))
                        .add(CREATED_DATE, time(edited.createdDate()))
                        .add(MODIFIED_BY, text(edited.modifiedBy()))
                        .add(MODIFIED_DATE, time(edited.modifiedDate())))
                .add(REGISTRATION_CONFIRMED, content.registrationConfirmed())
                .add(CUSTOMER_TYPE, text(content.customerType()))
                .add(PRESERVE_CONSENTS, content.preserveConsents())
                .add(PRESERVE_PREFERENCES, content.preservePreferences())
                .add(CUSTOMER_NAME, JSON.createObjectBuilder()
                        .add(PREFIX, text(name.prefix()))
                        .add(FIRST_NAME, text(name.firstName()))
                        .add(MIDDLE_NAME, text(name.middleName()))
                        .add(LAST_NAME, text(name.lastName()))
                        .add(SUFFIX, text(name.suffix())))
                .add(DEFAULT_LOCALE, text(content.defaultLocale()))
                .add(ALTERNATE_IDS, alternateIds)
                .add(CUSTOM_FIELDS, customFields)
                .add(UPDATE_STATUS, COMPLETE)
                .build();
    }

    /** The value with every member name the document knows spelled as documented (names match case-insensitively). */
    public static JsonValue canonicalNames(JsonValue value) {
        return SHAPE.canonicalNames(value);
    }

    /**
     * The content the document gives, with every violation of its JSON types, lengths and names added
     * to {@code errors}; read-only members are accepted and ignored. Where there are violations, the
     * content is not to be used.
     */
    static ProfileContent read(JsonObject document, Mode mode, int maxAlternateIds, List<Violation> errors) {
        return new Reader(mode, errors).document(document, maxAlternateIds);
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }

    private static JsonValue time(Instant value) {
        return value == null ? JsonValue.NULL : JSON.createValue(DateTimeFormatter.ISO_INSTANT.format(value));
    }

    /** What an absent or null string becomes. */
    private enum Absent {
        REQUIRED, NULLABLE,
        /** At create, the client's default (filled in by the validator); otherwise required. */
        CLIENT_DEFAULT
    }

    private record Reader(Mode mode, List<Violation> errors) {

        ProfileContent document(JsonObject document, int maxAlternateIds) {
            JsonInput in = JsonInput.of(document, "", SHAPE.names(), errors);
            return new ProfileContent(
                    bool(in, IS_ACTIVE, true),
                    bool(in, REGISTRATION_CONFIRMED, false),
                    string(in, CUSTOMER_TYPE, 1, 100, Absent.CLIENT_DEFAULT),
                    bool(in, PRESERVE_CONSENTS, true),
                    bool(in, PRESERVE_PREFERENCES, true),
                    name(in),
                    string(in, DEFAULT_LOCALE, 1, LocaleTags.MAX_LENGTH, Absent.CLIENT_DEFAULT),
                    items(in, ALTERNATE_IDS, maxAlternateIds, "alternate ids", new AlternateId.Item(null, null),
                            item -> new AlternateId.Item(string(item, ALTERNATE_ID_TYPE, 1, 64, Absent.REQUIRED),
                                    string(item, ALTERNATE_ID, 1, 256, Absent.REQUIRED))),
                    items(in, CUSTOM_FIELDS, Integer.MAX_VALUE, "custom fields", new CustomFieldValue.Item(null, null),
                            item -> new CustomFieldValue.Item(string(item, FIELD_NAME, 1, 94, Absent.REQUIRED),
                                    string(item, FIELD_VALUE, 0, Integer.MAX_VALUE, Absent.NULLABLE))));
        }

        private boolean bool(JsonInput in, String name, boolean byDefault) {
            JsonValue value = in.value(name);
            if (value == null && mode == Mode.CREATE) {
                return byDefault;
            }
            if (value == null) {
                missing(in, name);
            } else if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return true;
            } else if (value.getValueType() != JsonValue.ValueType.FALSE) {
                invalid(in.pathOf(name), "must be a JSON boolean (true or false)");
            }
            return false;
        }

        private String string(JsonInput in, String name, int minLength, int maxLength, Absent absent) {
            JsonValue value = in.value(name);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                return JsonInput.checkedString(value, in.pathOf(name), minLength, maxLength, errors);
            }
            if (absent == Absent.REQUIRED || absent == Absent.CLIENT_DEFAULT && mode == Mode.PATCHED) {
                missing(in, name);
            }
            return null;
        }

        /** An absent or null name is one whose parts are all null. */
        private ProfileContent.Name name(JsonInput document) {
            JsonValue value = document.value(CUSTOMER_NAME);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return ProfileContent.Name.NONE;
            }
            if (!(value instanceof JsonObject object)) {
                invalid(document.pathOf(CUSTOMER_NAME), "must be an object");
                return ProfileContent.Name.NONE;
            }
            DocumentShape shape = SHAPE.member(CUSTOMER_NAME).shape();
            JsonInput in = JsonInput.of(object, document.pathOf(CUSTOMER_NAME), shape.names(), errors);
            return new ProfileContent.Name(part(in, PREFIX), part(in, FIRST_NAME), part(in, MIDDLE_NAME),
                    part(in, LAST_NAME), part(in, SUFFIX));
        }

        private String part(JsonInput name, String part) {
            return string(name, part, 0, MAX_NAME_PART, Absent.NULLABLE);
        }

        /**
         * The items, one for each item sent (a malformed one as {@code placeholder}, so that the
         * validator's paths keep their indices); at most {@code max}, named so in the error.
         */
        private <T> List<T> items(JsonInput document, String name, int max, String what, T placeholder,
                Function<JsonInput, T> item) {
            JsonValue value = document.value(name);
            String path = document.pathOf(name);
            if (!(value instanceof JsonArray array)) {
                if (value == null && mode == Mode.PATCHED) {
                    missing(document, name);
                } else if (value != null && (value.getValueType() != JsonValue.ValueType.NULL || mode != Mode.CREATE)) {
                    invalid(path, "must be an array");
                }
                return List.of();
            }
            if (array.size() > max) {
                invalid(path, "a profile holds at most " + max + " " + what);
                return List.of();
            }
            DocumentShape shape = SHAPE.member(name).shape().items();
            List<T> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                String itemPath = path + "/" + i;
                if (array.get(i) instanceof JsonObject object) {
                    items.add(item.apply(JsonInput.of(object, itemPath, shape.names(), errors)));
                } else {
                    invalid(itemPath, "must be an object {" + String.join(", ", shape.memberNames()) + "}");
                    items.add(placeholder);
                }
            }
            return items;
        }

        /** Absent from a whole document, a top-level member is one a merge patch set to null. */
        private void missing(JsonInput in, String name) {
            boolean nulledByMerge = mode == Mode.PATCHED && in.path().isEmpty() && in.value(name) == null;
            invalid(in.pathOf(name), nulledByMerge ? "is required and cannot be null" : "is required");
        }

        private void invalid(String path, String message) {
            errors.add(Violation.at(path, message));
        }
    }
}
