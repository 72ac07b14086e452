package org.prefcenter.clients.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.ConsentText;
import org.prefcenter.platform.json.JsonInput;
import org.prefcenter.platform.json.PropertyNames;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.LocaleTags;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;

/**
 * Validates the request bodies of the contact configuration (contact types, consent types and their
 * versions, preference topics), naming every problem. What needs the stored configuration (a
 * duplicate name, a version that does not grow, the consent type a topic requires) is the EJB's.
 */
public final class ContactConfigurationInput {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    public static final int MAX_LOCALES_PER_VERSION = 100;
    public static final int MAX_EXPIRATION_DAYS = 36_500;
    public static final int MAX_FREQUENCIES = 20;
    public static final int MAX_FREQUENCY_LENGTH = 50;
    private static final String CHANNELS = "one of Email, Phone, Address";

    public record NewContactType(String name, Channel channel) {
    }

    /** @param expirationDays null: consents under the version do not expire */
    public record NewConsentVersion(int version, Instant effectiveDate, Integer expirationDays, Map<String, String> texts) {
    }

    /** @param channel null: a channel-less consent type */
    public record NewConsentType(String name, Channel channel, String description, List<NewConsentVersion> versions) {
    }

    /** @param requiresConsent the name of a consent type, unresolved, or null */
    public record NewPreferenceTopic(String name, Set<Channel> channels, List<String> frequencies, String requiresConsent,
            boolean smsOnly, boolean defaultOptIn) {
    }

    private static final PropertyNames CONTACT_TYPE = new PropertyNames("Name", "Channel");
    private static final PropertyNames CONSENT_TYPE = new PropertyNames("Name", "Channel", "Description", "Versions");
    private static final PropertyNames VERSION = new PropertyNames("Version", "EffectiveDate", "ExpirationDays", "Text");
    private static final PropertyNames TOPIC = new PropertyNames("Name", "Channels", "Frequencies", "RequiresConsent",
            "SmsOnly", "DefaultOptIn");

    private ContactConfigurationInput() {
    }

    public static NewContactType contactType(JsonObject body) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", CONTACT_TYPE, errors);
        String name = ConfigurationInput.name(input, MAX_NAME_LENGTH, errors);
        Channel channel = channel(input, true, errors);
        JsonInput.failOnErrors("the contact type", errors);
        return new NewContactType(name, channel);
    }

    /**
     * @param maxVersions how many versions a consent type may have
     * @param now         the EffectiveDate of a version that gives none
     */
    public static NewConsentType consentType(JsonObject body, int maxVersions, Instant now) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", CONSENT_TYPE, errors);
        String name = ConfigurationInput.name(input, MAX_NAME_LENGTH, errors);
        Channel channel = channel(input, false, errors);
        String description = input.string("Description", false, 0, MAX_DESCRIPTION_LENGTH);
        List<NewConsentVersion> versions = new ArrayList<>();
        JsonValue value = input.value("Versions");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(Violation.at("/Versions", "is required: at least one version"));
        } else if (!(value instanceof JsonArray array)) {
            errors.add(Violation.at("/Versions", "must be an array of versions"));
        } else if (array.isEmpty() || array.size() > maxVersions) {
            errors.add(Violation.at("/Versions", "must hold 1 to " + maxVersions + " versions"));
        } else {
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String path = "/Versions/" + i;
                if (!(array.get(i) instanceof JsonObject item)) {
                    errors.add(Violation.at(path, "must be an object"));
                    continue;
                }
                NewConsentVersion version = version(JsonInput.of(item, path, VERSION, errors), now, errors);
                if (version != null && !numbers.add(version.version())) {
                    errors.add(Violation.at(path + "/Version", "is given twice: each version has a number of its own"));
                }
                versions.add(version);
            }
        }
        JsonInput.failOnErrors("the consent type", errors);
        return new NewConsentType(name, channel, description, List.copyOf(versions));
    }

    /** A version added to an existing consent type. */
    public static NewConsentVersion consentVersion(JsonObject body, Instant now) {
        List<Violation> errors = new ArrayList<>();
        NewConsentVersion version = version(JsonInput.of(body, "", VERSION, errors), now, errors);
        JsonInput.failOnErrors("the consent version", errors);
        return version;
    }

    public static NewPreferenceTopic preferenceTopic(JsonObject body) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", TOPIC, errors);
        String name = ConfigurationInput.name(input, MAX_NAME_LENGTH, errors);
        Set<Channel> channels = channels(input, errors);
        List<String> frequencies = frequencies(input, errors);
        String requiresConsent = input.string("RequiresConsent", false, 1, MAX_NAME_LENGTH);
        boolean smsOnly = Boolean.TRUE.equals(input.bool("SmsOnly"));
        boolean defaultOptIn = Boolean.TRUE.equals(input.bool("DefaultOptIn"));
        if (smsOnly && channels != null && !channels.contains(Channel.PHONE)) {
            errors.add(Violation.at("/SmsOnly", "is only for a topic on the Phone channel: add Phone to Channels"));
        }
        JsonInput.failOnErrors("the preference topic", errors);
        return new NewPreferenceTopic(name, channels, frequencies, requiresConsent, smsOnly, defaultOptIn);
    }

    /** Null (with a violation) when invalid, or when absent and not required. */
    private static Channel channel(JsonInput input, boolean required, List<Violation> errors) {
        String name = input.string("Channel", required, 1, 16);
        if (name == null) {
            return null;
        }
        Channel channel = Channel.fromWireName(name).orElse(null);
        if (channel == null) {
            errors.add(Violation.at("/Channel", "must be " + CHANNELS + (required ? "" : ", or null")));
        }
        return channel;
    }

    /** One to three distinct channels, or null with a violation. */
    private static Set<Channel> channels(JsonInput input, List<Violation> errors) {
        JsonValue value = input.value("Channels");
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > Channel.values().length) {
            errors.add(Violation.at("/Channels", "must be an array of 1 to 3 channels, each " + CHANNELS));
            return null;
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            Channel channel = array.get(i) instanceof JsonString name ? Channel.fromWireName(name.getString()).orElse(null)
                    : null;
            if (channel == null) {
                errors.add(Violation.at("/Channels/" + i, "must be " + CHANNELS));
                valid = false;
            } else if (!channels.add(channel)) {
                errors.add(Violation.at("/Channels/" + i, "is given twice"));
                valid = false;
            }
        }
        return valid ? channels : null;
    }

    /** Distinct (case-insensitively) one-line names, in the order given; absent or null is none. */
    private static List<String> frequencies(JsonInput input, List<Violation> errors) {
        JsonValue value = input.value("Frequencies");
        if (value instanceof JsonArray array && array.size() > MAX_FREQUENCIES) {
            errors.add(Violation.at("/Frequencies", "must hold at most " + MAX_FREQUENCIES + " frequencies"));
            return List.of();
        }
        List<String> frequencies = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                String path = "/Frequencies/" + i;
                String frequency = JsonInput.checkedString(array.get(i), path, 1, MAX_FREQUENCY_LENGTH, errors);
                if (frequency == null) {
                    continue;
                }
                if (frequency.chars().anyMatch(Character::isISOControl)) {
                    errors.add(Violation.at(path, "must not contain control characters"));
                } else if (!keys.add(CaseInsensitive.key(frequency))) {
                    errors.add(Violation.at(path, "is given twice (frequencies compare case-insensitively)"));
                } else {
                    frequencies.add(frequency);
                }
            }
        } else if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(Violation.at("/Frequencies", "must be an array of strings"));
        }
        return List.copyOf(frequencies);
    }

    /** Null when the number is missing or invalid (the violation is recorded). */
    private static NewConsentVersion version(JsonInput input, Instant now, List<Violation> errors) {
        Integer number = input.integer("Version", 1, Integer.MAX_VALUE);
        if (number == null && (!input.has("Version") || input.value("Version").getValueType() == JsonValue.ValueType.NULL)) {
            errors.add(Violation.at(input.pathOf("Version"), "is required: a positive integer"));
        }
        Instant effective = effectiveDate(input, now, errors);
        Integer expirationDays = input.integer("ExpirationDays", 1, MAX_EXPIRATION_DAYS);
        Map<String, String> texts = texts(input, errors);
        return number == null ? null : new NewConsentVersion(number, effective, expirationDays, texts);
    }

    /**
     * An ISO-8601 date-time with an offset, or a date (its start in UTC); at millisecond precision,
     * which both databases keep; years 0001 to 9999. Absent or null: {@code now}.
     */
    private static Instant effectiveDate(JsonInput input, Instant now, List<Violation> errors) {
        String text = input.string("EffectiveDate", false, 1, 64);
        if (text == null) {
            return now.truncatedTo(ChronoUnit.MILLIS);
        }
        Instant instant = null;
        try {
            instant = text.length() <= 10 ? LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC)
                    .toInstant() : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException unreadable) {
            // reported below
        }
        if (instant == null || instant.atOffset(ZoneOffset.UTC).getYear() < 1 || instant.atOffset(ZoneOffset.UTC).getYear() > 9999) {
            errors.add(Violation.at(input.pathOf("EffectiveDate"), "must be an ISO-8601 date-time with offset"
                    + " (2026-12-01T09:00:00Z) or date (2026-12-01), years 0001 to 9999"));
            return null;
        }
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The wording by locale tag: at least one, tags distinct ASCII case-insensitively, kept as given. */
    private static Map<String, String> texts(JsonInput input, List<Violation> errors) {
        String path = input.pathOf("Text");
        JsonValue value = input.value("Text");
        if (!(value instanceof JsonObject object) || object.isEmpty() || object.size() > MAX_LOCALES_PER_VERSION) {
            errors.add(Violation.at(path, "is required: an object of 1 to " + MAX_LOCALES_PER_VERSION
                    + " texts by BCP 47 language tag, such as {\"en-US\": \"...\"}"));
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String locale = entry.getKey();
            String at = path + "/" + pointerToken(locale);
            if (!LocaleTags.isWellFormed(locale)) {
                errors.add(Violation.at(at, "must be named by a well-formed BCP 47 language tag such as en-US"));
                continue;
            }
            if (!keys.add(CaseInsensitive.asciiKey(locale))) {
                errors.add(Violation.at(at, "is given twice (language tags compare case-insensitively)"));
                continue;
            }
            String text = JsonInput.checkedString(entry.getValue(), at, 1, ConsentText.MAX_LENGTH, errors);
            if (text != null) {
                texts.put(locale, text);
            }
        }
        return texts;
    }

    /** A member name as a JSON Pointer token fit to quote: hostile names are cut and cleaned. */
    private static String pointerToken(String name) {
        String cut = Text.excerpt(name, LocaleTags.MAX_LENGTH + 1);
        return Text.problemWith(cut) == null && cut.chars().noneMatch(Character::isISOControl)
                ? cut.replace("~", "~0").replace("/", "~1") : "(invalid tag)";
    }
}
