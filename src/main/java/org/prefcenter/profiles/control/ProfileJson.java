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
import org.prefcenter.profiles.control.DocumentReader.Absent;
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

    /** Who created and last changed the profile (or an item of it), and when. */
    static final DocumentShape EDITED_SHAPE = object(readOnly(CREATED_BY), readOnly(CREATED_DATE),
            readOnly(MODIFIED_BY), readOnly(MODIFIED_DATE));

    /**
     * Every member of the document in the order it is written, and what a patch may do with it:
     * read-only members only take {@code test}; removing a nullable one sets it to null; a required
     * one can only be replaced; array items are added and removed freely.
     */
    static final DocumentShape SHAPE = object(
            readOnly(PROFILE_ID),
            required(IS_ACTIVE),
            readOnly(EDITED, EDITED_SHAPE),
            required(REGISTRATION_CONFIRMED),
            required(CUSTOMER_TYPE),
            required(PRESERVE_CONSENTS),
            required(PRESERVE_PREFERENCES),
            nullable(CUSTOMER_NAME, object(nullable(PREFIX), nullable(FIRST_NAME), nullable(MIDDLE_NAME),
                    nullable(LAST_NAME), nullable(SUFFIX))),
            required(DEFAULT_LOCALE),
            required(ALTERNATE_IDS, arrayOf(required(ALTERNATE_ID_TYPE), required(ALTERNATE_ID))),
            required(CUSTOM_FIELDS, arrayOf(required(FIELD_NAME), nullable(FIELD_VALUE))),
            ContactJson.EMAILS_ROW,
            ContactJson.PHONES_ROW,
            ContactJson.ADDRESSES_ROW,
            ContactJson.CONSENTS_ROW,
            ContactJson.PREFERENCES_ROW,
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
        JsonObjectBuilder document = JSON.createObjectBuilder()
                .add(PROFILE_ID, profile.id() == null ? JsonValue.NULL : JSON.createValue(profile.id()))
                .add(IS_ACTIVE, content.isActive())
                .add(EDITED, edited(new ProfileContent.Edit(edited.createdBy(), edited.createdDate(),
                        edited.modifiedBy(), edited.modifiedDate())))
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
                .add(CUSTOM_FIELDS, customFields);
        ContactJson.write(document, content);
        return document.add(UPDATE_STATUS, COMPLETE).build();
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
    static ProfileContent read(JsonObject document, DocumentReader.Mode mode, int maxAlternateIds,
            List<Violation> errors) {
        return new Reader(new DocumentReader(mode, errors)).document(document, maxAlternateIds);
    }

    static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }

    static JsonValue time(Instant value) {
        return value == null ? JsonValue.NULL : JSON.createValue(DateTimeFormatter.ISO_INSTANT.format(value));
    }

    /** Who created and changed the profile or an item, and when; all null on an item not stored yet. */
    static JsonObjectBuilder edited(ProfileContent.Edit edited) {
        ProfileContent.Edit known = edited == null ? new ProfileContent.Edit(null, null, null, null) : edited;
        return JSON.createObjectBuilder()
                .add(CREATED_BY, text(known.createdBy()))
                .add(CREATED_DATE, time(known.createdDate()))
                .add(MODIFIED_BY, text(known.modifiedBy()))
                .add(MODIFIED_DATE, time(known.modifiedDate()));
    }

    private record Reader(DocumentReader reader) {

        ProfileContent document(JsonObject document, int maxAlternateIds) {
            JsonInput in = reader.input(document, "", SHAPE);
            ContactJson.Read contacts = ContactJson.read(reader, in);
            return new ProfileContent(
                    reader.bool(in, IS_ACTIVE, true),
                    reader.bool(in, REGISTRATION_CONFIRMED, false),
                    reader.string(in, CUSTOMER_TYPE, 1, 100, Absent.CLIENT_DEFAULT),
                    reader.bool(in, PRESERVE_CONSENTS, true),
                    reader.bool(in, PRESERVE_PREFERENCES, true),
                    name(in),
                    reader.string(in, DEFAULT_LOCALE, 1, LocaleTags.MAX_LENGTH, Absent.CLIENT_DEFAULT),
                    reader.items(in, ALTERNATE_IDS, SHAPE.member(ALTERNATE_IDS).shape(), maxAlternateIds,
                            "alternate ids", new AlternateId.Item(null, null),
                            item -> new AlternateId.Item(reader.string(item, ALTERNATE_ID_TYPE, 1, 64, Absent.REQUIRED),
                                    reader.string(item, ALTERNATE_ID, 1, 256, Absent.REQUIRED))),
                    reader.items(in, CUSTOM_FIELDS, SHAPE.member(CUSTOM_FIELDS).shape(), Integer.MAX_VALUE,
                            "custom fields", new CustomFieldValue.Item(null, null),
                            item -> new CustomFieldValue.Item(reader.string(item, FIELD_NAME, 1, 94, Absent.REQUIRED),
                                    reader.string(item, FIELD_VALUE, 0, Integer.MAX_VALUE, Absent.NULLABLE))),
                    contacts.emails(), contacts.phones(), contacts.addresses(), contacts.consents(),
                    contacts.preferences());
        }

        /** An absent or null name is one whose parts are all null. */
        private ProfileContent.Name name(JsonInput document) {
            JsonInput in = reader.object(document, CUSTOMER_NAME, SHAPE.member(CUSTOMER_NAME).shape());
            if (in == null) {
                return ProfileContent.Name.NONE;
            }
            return new ProfileContent.Name(part(in, PREFIX), part(in, FIRST_NAME), part(in, MIDDLE_NAME),
                    part(in, LAST_NAME), part(in, SUFFIX));
        }

        private String part(JsonInput name, String part) {
            return reader.string(name, part, 0, MAX_NAME_PART, Absent.NULLABLE);
        }
    }
}
