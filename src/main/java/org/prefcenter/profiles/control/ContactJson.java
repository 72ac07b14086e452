package org.prefcenter.profiles.control;

import static org.prefcenter.profiles.control.DocumentShape.arrayOf;
import static org.prefcenter.profiles.control.DocumentShape.arrayOfValues;
import static org.prefcenter.profiles.control.DocumentShape.key;
import static org.prefcenter.profiles.control.DocumentShape.nullable;
import static org.prefcenter.profiles.control.DocumentShape.object;
import static org.prefcenter.profiles.control.DocumentShape.readOnly;
import static org.prefcenter.profiles.control.DocumentShape.required;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.platform.json.JsonInput;
import org.prefcenter.profiles.control.DocumentReader.Absent;
import org.prefcenter.profiles.entity.ConsentStatus;
import org.prefcenter.profiles.entity.ProfileContent;
import org.prefcenter.profiles.entity.ProfileContent.Consent;
import org.prefcenter.profiles.entity.ProfileContent.Preference;

/**
 * The contact part of the profile document in JSON: the members of {@code Emails}, {@code Phones},
 * {@code Addresses}, {@code Consents} and {@code Preferences}, their shapes (rows of
 * {@link ProfileJson#SHAPE}), how they are written and how they are read.
 */
final class ContactJson {

    static final String EMAILS = "Emails";
    static final String PHONES = "Phones";
    static final String ADDRESSES = "Addresses";
    static final String CONSENTS = "Consents";
    static final String PREFERENCES = "Preferences";

    static final String CONTACT_ELEMENT_ID = "ContactElementId";
    static final String EMAIL_ADDRESS = "EmailAddress";
    static final String PHONE_NUMBER = "PhoneNumber";
    static final String CONTACT_TYPE = "ContactType";
    static final String IS_MOBILE = "IsMobile";
    static final String IS_DEFAULT = "IsDefault";
    static final String LINES = "Lines";
    static final String CITY = "City";
    static final String REGION = "Region";
    static final String POSTAL_CODE = "PostalCode";
    static final String COUNTRY_CODE = "CountryCode";

    static final String CONSENT_TYPE = "ConsentType";
    static final String VERSION = "Version";
    static final String STATUS = "Status";
    static final String EFFECTIVE_STATUS = "EffectiveStatus";
    static final String LOCALE = "Locale";
    static final String CONSENT_DATE = "ConsentDate";
    static final String EXPIRATION_DATE = "ExpirationDate";
    static final String SOURCE = "Source";
    static final String COLLECTION_POINT = "CollectionPoint";
    static final String URL = "Url";
    static final String USER_AGENT = "UserAgent";
    static final String IP_ADDRESS = "IpAddress";

    static final String TOPIC = "Topic";
    static final String CHANNEL = "Channel";
    static final String OPT_IN = "OptIn";
    static final String FREQUENCY = "Frequency";

    /** At most this many items in each of the five arrays of a profile, and consents of an element. */
    static final int MAX_ITEMS = 100;

    private static final DocumentShape CONSENT = object(
            required(CONSENT_TYPE), nullable(VERSION), required(STATUS), readOnly(EFFECTIVE_STATUS), nullable(LOCALE),
            nullable(CONSENT_DATE), readOnly(EXPIRATION_DATE),
            nullable(SOURCE, object(nullable(COLLECTION_POINT), nullable(URL), nullable(USER_AGENT),
                    nullable(IP_ADDRESS))),
            required(ProfileJson.IS_ACTIVE), readOnly(ProfileJson.EDITED, ProfileJson.EDITED_SHAPE));

    private static final DocumentShape.Member ELEMENT_CONSENTS =
            required(CONSENTS, arrayOf(CONSENT.members().toArray(DocumentShape.Member[]::new)));

    static final DocumentShape.Member EMAILS_ROW = required(EMAILS, arrayOf(key(CONTACT_ELEMENT_ID),
            required(EMAIL_ADDRESS), required(CONTACT_TYPE), required(IS_DEFAULT), required(ProfileJson.IS_ACTIVE),
            ELEMENT_CONSENTS));
    static final DocumentShape.Member PHONES_ROW = required(PHONES, arrayOf(key(CONTACT_ELEMENT_ID),
            required(PHONE_NUMBER), required(CONTACT_TYPE), nullable(IS_MOBILE), required(IS_DEFAULT),
            required(ProfileJson.IS_ACTIVE), ELEMENT_CONSENTS));
    static final DocumentShape.Member ADDRESSES_ROW = required(ADDRESSES, arrayOf(key(CONTACT_ELEMENT_ID),
            required(LINES, arrayOfValues()), nullable(CITY), nullable(REGION), nullable(POSTAL_CODE),
            required(COUNTRY_CODE), required(CONTACT_TYPE), required(IS_DEFAULT), required(ProfileJson.IS_ACTIVE),
            ELEMENT_CONSENTS));
    static final DocumentShape.Member CONSENTS_ROW = ELEMENT_CONSENTS;
    static final DocumentShape.Member PREFERENCES_ROW = required(PREFERENCES, arrayOf(required(TOPIC),
            required(CHANNEL), nullable(CONTACT_ELEMENT_ID), required(OPT_IN), nullable(FREQUENCY),
            required(ProfileJson.IS_ACTIVE), readOnly(ProfileJson.EDITED, ProfileJson.EDITED_SHAPE)));

    private static final JsonProvider JSON = JsonProvider.provider();

    private ContactJson() {
    }

    /** The document's array of a channel's elements. */
    static String elementsArray(Channel channel) {
        return switch (channel) {
            case EMAIL -> EMAILS;
            case PHONE -> PHONES;
            case ADDRESS -> ADDRESSES;
        };
    }

    /** The five arrays; a consent's effective status as recorded (see {@link Consent#recordedStatus}). */
    static void write(JsonObjectBuilder document, ProfileContent content) {
        JsonArrayBuilder emails = JSON.createArrayBuilder();
        content.emails().forEach(email -> emails.add(JSON.createObjectBuilder()
                .add(CONTACT_ELEMENT_ID, id(email.id()))
                .add(EMAIL_ADDRESS, ProfileJson.text(email.address()))
                .add(CONTACT_TYPE, ProfileJson.text(email.contactType()))
                .add(IS_DEFAULT, email.isDefault())
                .add(ProfileJson.IS_ACTIVE, email.isActive())
                .add(CONSENTS, consents(email.consents(), email.isActive()))));
        JsonArrayBuilder phones = JSON.createArrayBuilder();
        content.phones().forEach(phone -> phones.add(JSON.createObjectBuilder()
                .add(CONTACT_ELEMENT_ID, id(phone.id()))
                .add(PHONE_NUMBER, ProfileJson.text(phone.number()))
                .add(CONTACT_TYPE, ProfileJson.text(phone.contactType()))
                .add(IS_MOBILE, phone.isMobile() == null ? JsonValue.NULL : bool(phone.isMobile()))
                .add(IS_DEFAULT, phone.isDefault())
                .add(ProfileJson.IS_ACTIVE, phone.isActive())
                .add(CONSENTS, consents(phone.consents(), phone.isActive()))));
        JsonArrayBuilder addresses = JSON.createArrayBuilder();
        content.addresses().forEach(address -> {
            JsonArrayBuilder lines = JSON.createArrayBuilder();
            address.lines().forEach(lines::add);
            addresses.add(JSON.createObjectBuilder()
                    .add(CONTACT_ELEMENT_ID, id(address.id()))
                    .add(LINES, lines)
                    .add(CITY, ProfileJson.text(address.city()))
                    .add(REGION, ProfileJson.text(address.region()))
                    .add(POSTAL_CODE, ProfileJson.text(address.postalCode()))
                    .add(COUNTRY_CODE, ProfileJson.text(address.countryCode()))
                    .add(CONTACT_TYPE, ProfileJson.text(address.contactType()))
                    .add(IS_DEFAULT, address.isDefault())
                    .add(ProfileJson.IS_ACTIVE, address.isActive())
                    .add(CONSENTS, consents(address.consents(), address.isActive())));
        });
        JsonArrayBuilder preferences = JSON.createArrayBuilder();
        content.preferences().forEach(preference -> preferences.add(JSON.createObjectBuilder()
                .add(TOPIC, preference.topic())
                .add(CHANNEL, preference.channel().wireName())
                .add(CONTACT_ELEMENT_ID, id(preference.contactElementId()))
                .add(OPT_IN, Boolean.TRUE.equals(preference.optIn()))
                .add(FREQUENCY, ProfileJson.text(preference.frequency()))
                .add(ProfileJson.IS_ACTIVE, preference.isActive())
                .add(ProfileJson.EDITED, ProfileJson.edited(preference.edited()))));
        document.add(EMAILS, emails).add(PHONES, phones).add(ADDRESSES, addresses)
                .add(CONSENTS, consents(content.consents(), true))
                .add(PREFERENCES, preferences);
    }

    private static JsonArrayBuilder consents(List<Consent> consents, boolean elementActive) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Consent consent : consents) {
            ProfileContent.Source source = consent.source();
            array.add(JSON.createObjectBuilder()
                    .add(CONSENT_TYPE, consent.consentType())
                    .add(VERSION, consent.version() == null ? JsonValue.NULL : JSON.createValue(consent.version()))
                    .add(STATUS, consent.status().wireName())
                    .add(EFFECTIVE_STATUS, consent.recordedStatus(elementActive).wireName())
                    .add(LOCALE, ProfileJson.text(consent.locale()))
                    .add(CONSENT_DATE, ProfileJson.time(consent.consentDate()))
                    .add(EXPIRATION_DATE, ProfileJson.time(consent.expirationDate()))
                    .add(SOURCE, JSON.createObjectBuilder()
                            .add(COLLECTION_POINT, ProfileJson.text(source.collectionPoint()))
                            .add(URL, ProfileJson.text(source.url()))
                            .add(USER_AGENT, ProfileJson.text(source.userAgent()))
                            .add(IP_ADDRESS, ProfileJson.text(source.ipAddress())))
                    .add(ProfileJson.IS_ACTIVE, consent.isActive())
                    .add(ProfileJson.EDITED, ProfileJson.edited(consent.edited())));
        }
        return array;
    }

    private static JsonValue id(Long id) {
        return id == null ? JsonValue.NULL : JSON.createValue(id);
    }

    private static JsonValue bool(boolean value) {
        return value ? JsonValue.TRUE : JsonValue.FALSE;
    }

    /** The five arrays of a document, read with {@code reader} (types, lengths, names). */
    record Read(List<ProfileContent.Email> emails, List<ProfileContent.Phone> phones,
            List<ProfileContent.Address> addresses, List<Consent> consents, List<Preference> preferences) {
    }

    static Read read(DocumentReader reader, JsonInput document) {
        return new Read(
                reader.items(document, EMAILS, EMAILS_ROW.shape(), MAX_ITEMS, "emails",
                        new ProfileContent.Email(null, null, null, false, false, List.of()),
                        in -> new ProfileContent.Email(elementId(reader, in),
                                reader.string(in, EMAIL_ADDRESS, 1, 254, Absent.REQUIRED), contactType(reader, in),
                                reader.itemBool(in, IS_DEFAULT, false), reader.itemBool(in, ProfileJson.IS_ACTIVE, true),
                                consentItems(reader, in))),
                reader.items(document, PHONES, PHONES_ROW.shape(), MAX_ITEMS, "phones",
                        new ProfileContent.Phone(null, null, null, null, false, false, List.of()),
                        in -> new ProfileContent.Phone(elementId(reader, in),
                                reader.string(in, PHONE_NUMBER, 1, 64, Absent.REQUIRED), contactType(reader, in),
                                reader.nullableBool(in, IS_MOBILE), reader.itemBool(in, IS_DEFAULT, false),
                                reader.itemBool(in, ProfileJson.IS_ACTIVE, true), consentItems(reader, in))),
                reader.items(document, ADDRESSES, ADDRESSES_ROW.shape(), MAX_ITEMS, "addresses",
                        new ProfileContent.Address(null, List.of(), null, null, null, null, null, false, false, List.of()),
                        in -> new ProfileContent.Address(elementId(reader, in), reader.strings(in, LINES, 4, 1, 100),
                                reader.string(in, CITY, 1, 100, Absent.NULLABLE),
                                reader.string(in, REGION, 1, 100, Absent.NULLABLE),
                                reader.string(in, POSTAL_CODE, 1, 100, Absent.NULLABLE),
                                reader.string(in, COUNTRY_CODE, 2, 2, Absent.REQUIRED), contactType(reader, in),
                                reader.itemBool(in, IS_DEFAULT, false), reader.itemBool(in, ProfileJson.IS_ACTIVE, true),
                                consentItems(reader, in))),
                consentItems(reader, document),
                reader.items(document, PREFERENCES, PREFERENCES_ROW.shape(), MAX_ITEMS * 10, "preferences",
                        new Preference(null, null, null, null, null, false, null),
                        in -> new Preference(reader.string(in, TOPIC, 1, 100, Absent.REQUIRED), channel(reader, in),
                                reader.integer(in, CONTACT_ELEMENT_ID, 1, Long.MAX_VALUE),
                                reader.nullableBool(in, OPT_IN), reader.string(in, FREQUENCY, 1, 50, Absent.NULLABLE),
                                reader.itemBool(in, ProfileJson.IS_ACTIVE, true), null)));
    }

    private static Long elementId(DocumentReader reader, JsonInput in) {
        return reader.integer(in, CONTACT_ELEMENT_ID, 1, Long.MAX_VALUE);
    }

    private static String contactType(DocumentReader reader, JsonInput in) {
        return reader.string(in, CONTACT_TYPE, 1, 100, Absent.REQUIRED);
    }

    private static List<Consent> consentItems(DocumentReader reader, JsonInput holder) {
        return reader.items(holder, CONSENTS, ELEMENT_CONSENTS.shape(), MAX_ITEMS, "consents",
                new Consent(null, null, null, null, null, ProfileContent.Source.NONE, false, null, false, null),
                in -> new Consent(reader.string(in, CONSENT_TYPE, 1, 100, Absent.REQUIRED),
                        version(reader, in), status(reader, in), reader.string(in, LOCALE, 1, 15, Absent.NULLABLE),
                        reader.instant(in, CONSENT_DATE), source(reader, in),
                        reader.itemBool(in, ProfileJson.IS_ACTIVE, true), null, false, null));
    }

    private static Integer version(DocumentReader reader, JsonInput in) {
        Long version = reader.integer(in, VERSION, 1, Integer.MAX_VALUE);
        return version == null ? null : version.intValue();
    }

    private static ConsentStatus status(DocumentReader reader, JsonInput in) {
        String name = reader.string(in, STATUS, 1, 16, Absent.REQUIRED);
        if (name == null) {
            return null;
        }
        return ConsentStatus.settable(name).orElseGet(() -> {
            reader.invalid(in.pathOf(STATUS), "must be one of Granted, Denied, Revoked, NotSet");
            return null;
        });
    }

    private static Channel channel(DocumentReader reader, JsonInput in) {
        String name = reader.string(in, CHANNEL, 1, 16, Absent.REQUIRED);
        if (name == null) {
            return null;
        }
        return Channel.fromWireName(name).orElseGet(() -> {
            reader.invalid(in.pathOf(CHANNEL), "must be one of Email, Phone, Address");
            return null;
        });
    }

    private static ProfileContent.Source source(DocumentReader reader, JsonInput consent) {
        JsonInput in = reader.object(consent, SOURCE, CONSENT.member(SOURCE).shape());
        if (in == null) {
            return ProfileContent.Source.NONE;
        }
        return new ProfileContent.Source(reader.string(in, COLLECTION_POINT, 1, 200, Absent.NULLABLE),
                reader.string(in, URL, 1, 2000, Absent.NULLABLE), reader.string(in, USER_AGENT, 1, 1000, Absent.NULLABLE),
                reader.string(in, IP_ADDRESS, 1, 64, Absent.NULLABLE));
    }
}
