package org.prefcenter.clients.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.prefcenter.clients.entity.DataType;
import org.prefcenter.platform.json.JsonInput;
import org.prefcenter.platform.json.PropertyNames;
import org.prefcenter.platform.rules.ClientIds;
import org.prefcenter.platform.rules.LocaleTags;
import org.prefcenter.platform.rules.Violation;

/** Validates the request bodies of the client registry and configuration, naming every problem. */
public final class ConfigurationInput {

    public static final int MAX_FIELD_VALUE_LENGTH = 4000;

    public record NewClient(String clientId, String defaultLocale) {
    }

    public record NewAlternateIdType(String name, String description) {
    }

    public record NewCustomerType(String name, boolean isDefault) {
    }

    public record NewCustomField(String name, DataType dataType, List<String> options, int maxLength) {
    }

    private static final PropertyNames CLIENT = new PropertyNames("ClientId", "DefaultLocale");
    private static final PropertyNames ALTERNATE_ID_TYPE = new PropertyNames("Name", "Description");
    private static final PropertyNames CUSTOMER_TYPE = new PropertyNames("Name", "IsDefault");
    private static final PropertyNames CUSTOM_FIELD = new PropertyNames("Name", "DataType", "Options", "MaxLength");

    private ConfigurationInput() {
    }

    /**
     * A configuration item's name: it is addressed as one path segment ({@code .../CustomFields/{name}})
     * and shown to people, so no '/' and no control characters, and neither "." nor "..": a
     * Location ending in them points elsewhere once a client resolves it (RFC 3986 5.2.4).
     */
    static String name(JsonInput input, int maxLength, List<Violation> errors) {
        String name = input.string("Name", true, 1, maxLength);
        if (name != null && (name.contains("/") || name.chars().anyMatch(Character::isISOControl))) {
            errors.add(Violation.at("/Name", "must not contain '/' or control characters"));
        } else if (".".equals(name) || "..".equals(name)) {
            errors.add(Violation.at("/Name", "must not be '.' or '..' (a dot segment of a path)"));
        }
        return name;
    }

    public static NewClient client(JsonObject body) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", CLIENT, errors);
        String clientId = input.string("ClientId", true, 1, ClientIds.MAX_LENGTH);
        if (clientId != null && !ClientIds.isValid(clientId)) {
            errors.add(Violation.at("/ClientId", "must be 1 to 64 letters, digits, '_' or '-'"));
        } else if (ClientIds.isRouteWord(clientId)) {
            errors.add(Violation.at("/ClientId", "must not be a word of the API's routes (Clients, Profile, Profiles,"
                    + " History, AlternateIdTypes, CustomerTypes, CustomFields, ContactTypes, ConsentTypes, Versions,"
                    + " PreferenceTopics, ConsentStatus, Events, Subscriptions), in any letter case"));
        }
        String locale = input.string("DefaultLocale", false, 1, LocaleTags.MAX_LENGTH);
        if (locale != null && !LocaleTags.isWellFormed(locale)) {
            errors.add(Violation.at("/DefaultLocale", "must be a well-formed BCP 47 language tag such as en-US"));
        }
        JsonInput.failOnErrors("the client", errors);
        return new NewClient(clientId, locale == null ? "en-US" : locale);
    }

    public static NewAlternateIdType alternateIdType(JsonObject body) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", ALTERNATE_ID_TYPE, errors);
        String name = name(input, 64, errors);
        String description = input.string("Description", false, 0, 1000);
        JsonInput.failOnErrors("the alternate id type", errors);
        return new NewAlternateIdType(name, description);
    }

    public static NewCustomerType customerType(JsonObject body) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", CUSTOMER_TYPE, errors);
        String name = name(input, 100, errors);
        Boolean isDefault = input.bool("IsDefault");
        JsonInput.failOnErrors("the customer type", errors);
        return new NewCustomerType(name, Boolean.TRUE.equals(isDefault));
    }

    public static NewCustomField customField(JsonObject body) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", CUSTOM_FIELD, errors);
        String name = name(input, 94, errors);
        String typeName = input.string("DataType", true, 1, 16);
        DataType dataType = null;
        if (typeName != null) {
            dataType = DataType.fromWireName(typeName).orElse(null);
            if (dataType == null) {
                errors.add(Violation.at("/DataType", "must be one of Text, Numeric, Boolean, Date, SelectList"));
            }
        }
        List<String> options = input.strings("Options", 200);
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).contains("::") || options.get(i).contains("\n")) {
                errors.add(Violation.at("/Options/" + i, "must not contain '::' or a line feed"));
            }
        }
        if (dataType == DataType.SELECT_LIST && options.isEmpty()) {
            errors.add(Violation.at("/Options", "a SelectList needs at least one option"));
        }
        if (dataType != null && dataType != DataType.SELECT_LIST && !options.isEmpty()) {
            errors.add(Violation.at("/Options", "only a SelectList has options"));
        }
        if (String.join("\n", options).length() > MAX_FIELD_VALUE_LENGTH) {
            errors.add(Violation.at("/Options", "the options together must be at most 4000 characters long"));
        }
        Integer maxLength = input.integer("MaxLength", 1, MAX_FIELD_VALUE_LENGTH);
        JsonInput.failOnErrors("the custom field", errors);
        return new NewCustomField(name, dataType, List.copyOf(options),
                maxLength == null ? MAX_FIELD_VALUE_LENGTH : maxLength);
    }
}
