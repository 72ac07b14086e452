package org.prefcenter.profiles.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.prefcenter.profiles.entity.AlternateId;
import org.prefcenter.profiles.entity.CustomFieldValue;
import org.prefcenter.profiles.entity.CustomerName;
import org.prefcenter.profiles.entity.EditInfo;
import org.prefcenter.profiles.entity.Profile;

/**
 * The profile document of the contract, built from the entity with every property present and
 * {@code null} where unset: it is what clients read and what their patch paths point into.
 */
public final class ProfileDocument {

    public static final String COMPLETE = "Complete";

    private static final JsonBuilderFactory JSON = JsonProvider.provider().createBuilderFactory(Map.of());

    private ProfileDocument() {
    }

    public static JsonObject of(Profile profile) {
        return JSON.createObjectBuilder()
                .add("ProfileId", profile.id())
                .add("IsActive", profile.isActive())
                .add("Edited", edited(profile.edited()))
                .add("RegistrationConfirmed", profile.registrationConfirmed())
                .add("CustomerType", profile.customerType())
                .add("PreserveConsents", profile.preserveConsents())
                .add("PreservePreferences", profile.preservePreferences())
                .add("CustomerName", name(profile.customerName()))
                .add("DefaultLocale", profile.defaultLocale())
                .add("AlternateIds", alternateIds(profile))
                .add("CustomFields", customFields(profile))
                .add("UpdateStatus", COMPLETE)
                .build();
    }

    /** A strong tag (never weak: JAX-RS treats a weak If-Match as a mismatch). */
    public static String etag(Profile profile) {
        return "\"" + profile.version() + "\"";
    }

    private static JsonObjectBuilder edited(EditInfo edited) {
        return JSON.createObjectBuilder()
                .add("CreatedBy", edited.createdBy())
                .add("CreatedDate", DateTimeFormatter.ISO_INSTANT.format(edited.createdDate()))
                .add("ModifiedBy", edited.modifiedBy())
                .add("ModifiedDate", DateTimeFormatter.ISO_INSTANT.format(edited.modifiedDate()));
    }

    private static JsonObjectBuilder name(CustomerName name) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        nullable(builder, "Prefix", name.prefix());
        nullable(builder, "FirstName", name.firstName());
        nullable(builder, "MiddleName", name.middleName());
        nullable(builder, "LastName", name.lastName());
        nullable(builder, "Suffix", name.suffix());
        return builder;
    }

    private static JsonArrayBuilder alternateIds(Profile profile) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (AlternateId id : profile.alternateIds()) {
            items.add(JSON.createObjectBuilder().add("AlternateIdType", id.type()).add("AlternateId", id.value()));
        }
        return items;
    }

    private static JsonArrayBuilder customFields(Profile profile) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (CustomFieldValue field : profile.customFields()) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("Name", field.name());
            nullable(item, "Value", field.value());
            items.add(item);
        }
        return items;
    }

    private static void nullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.add(name, JsonValue.NULL);
        } else {
            builder.add(name, value);
        }
    }
}
