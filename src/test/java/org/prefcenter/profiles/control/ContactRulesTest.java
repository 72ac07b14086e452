package org.prefcenter.profiles.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.profiles.control.ProfileValidatorTest.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.ConsentType;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.entity.ConsentStatus;
import org.prefcenter.profiles.entity.ProfileContent;
import org.prefcenter.profiles.entity.ProfileContent.Consent;
import org.prefcenter.profiles.entity.ProfileContent.Edit;
import org.prefcenter.profiles.entity.ProfileContent.Preference;

/** The contact elements, consents and preferences of a profile, and what the seed's flags make of a change. */
class ContactRulesTest {

    private static final Instant ONE_DAY_AGO = Instant.now().minus(Duration.ofDays(1));
    private static final Edit STAMP = new Edit("tester", ONE_DAY_AGO, "tester", ONE_DAY_AGO);

    private final Client client = client();

    private static Client client() {
        Client client = ProfileValidatorTest.client();
        client.addContactType("Personal", Channel.EMAIL);
        client.addContactType("Mobile", Channel.PHONE);
        client.addContactType("Home", Channel.ADDRESS);
        ConsentType email = client.addConsentType("MarketingEmail", Channel.EMAIL, null);
        email.addVersion(1, ONE_DAY_AGO.minus(Duration.ofDays(30)), 365, Map.of("en", "Offers by email"));
        email.addVersion(2, ONE_DAY_AGO.minus(Duration.ofDays(10)), 30, Map.of("en", "Offers by email, v2"));
        client.addConsentType("Terms", null, null).addVersion(1, ONE_DAY_AGO, null, Map.of("en", "Terms"));
        client.addPreferenceTopic("Newsletter", Set.of(Channel.EMAIL), List.of("Weekly"), email, false, false);
        client.addPreferenceTopic("Alerts", Set.of(Channel.EMAIL, Channel.PHONE), List.of(), null, true, true);
        return client;
    }

    private ProfileValidator.Validated create(String body) {
        return new ProfileValidator(client, null, null, (type, value) -> null, 100).create(json(body));
    }

    /** A patched document of a stored profile: its elements numbered from 5001, every item stamped. */
    private ProfileValidator.Validated patched(ProfileContent before, JsonObject document) {
        return new ProfileValidator(client, 1L, before, (type, value) -> null, 100).patched(document);
    }

    private static ProfileContent stored(ProfileContent content) {
        long[] next = {5001};
        List<ProfileContent.Email> emails = new ArrayList<>();
        content.emails().forEach(email -> emails.add(new ProfileContent.Email(next[0]++, email.address(),
                email.contactType(), email.isDefault(), email.isActive(), stamped(email.consents()))));
        List<ProfileContent.Phone> phones = new ArrayList<>();
        content.phones().forEach(phone -> phones.add(new ProfileContent.Phone(next[0]++, phone.number(),
                phone.contactType(), phone.isMobile(), phone.isDefault(), phone.isActive(), stamped(phone.consents()))));
        List<Preference> preferences = content.preferences().stream()
                .map(preference -> preference.stamped(preference.optIn(), STAMP)).toList();
        return content.withContacts(emails, phones, content.addresses(), stamped(content.consents()), preferences);
    }

    private static List<Consent> stamped(List<Consent> consents) {
        return consents.stream().map(consent -> consent.stamped(consent.expirationDate(), consent.expired(), STAMP))
                .toList();
    }

    /** The document a stored content reads as (what a patch starts from), with one member changed. */
    private static JsonObject document(ProfileContent stored, String pointer, jakarta.json.JsonValue value) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        ContactJson.write(builder, stored);
        JsonObject contacts = builder.add(ProfileJson.PRESERVE_CONSENTS, stored.preserveConsents())
                .add(ProfileJson.PRESERVE_PREFERENCES, stored.preservePreferences()).build();
        JsonObject whole = Json.createObjectBuilder(json("""
                {"IsActive":true,"RegistrationConfirmed":false,"CustomerType":"Retail","CustomerName":null,
                 "DefaultLocale":"en-GB","AlternateIds":[],"CustomFields":[]}
                """)).addAll(Json.createObjectBuilder(contacts)).build();
        return pointer == null ? whole : Json.createPatchBuilder().replace(pointer, value).build().apply(whole);
    }

    private static final String ADA = """
            {"DefaultLocale":"en-GB",
             "Emails":[{"EmailAddress":"Ada@Example.org","ContactType":"personal","IsDefault":true,
                        "Consents":[{"ConsentType":"marketingemail","Status":"Granted",
                                     "Source":{"IpAddress":"203.0.113.77"}}]}],
             "Phones":[{"PhoneNumber":"07400 123456","ContactType":"Mobile","IsDefault":true}],
             "Consents":[{"ConsentType":"Terms","Status":"Granted"}],
             "Preferences":[{"Topic":"newsletter","Channel":"email","OptIn":true,"Frequency":"weekly"},
                            {"Topic":"Alerts","Channel":"Phone"}]}
            """;

    @Test
    void aCreateTakesTheConfigurationsSpellingTheLatestVersionNowAndTheNationalNumberInE164() {
        ProfileValidator.Validated ada = create(ADA);

        assertThat(ada.violations()).isEmpty();
        Consent consent = ada.content().emails().get(0).consents().get(0);
        assertThat(consent.consentType()).isEqualTo("MarketingEmail");
        assertThat(consent.version()).isEqualTo(2);
        assertThat(consent.consentDate()).isCloseTo(Instant.now(), within());
        assertThat(consent.expirationDate()).isEqualTo(consent.consentDate().plus(Duration.ofDays(30)));
        assertThat(consent.source().ipAddress()).isEqualTo("203.0.113.0");
        assertThat(ada.content().emails().get(0).contactType()).isEqualTo("Personal");
        assertThat(ada.content().phones().get(0).number()).isEqualTo("+447400123456");
        assertThat(ada.content().phones().get(0).isMobile()).isTrue();
        assertThat(ada.content().preferences()).extracting(Preference::topic, Preference::optIn, Preference::frequency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Newsletter", true, "Weekly"),
                        org.assertj.core.groups.Tuple.tuple("Alerts", true, null));
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS);
    }

    @Test
    void everyRuleOfElementsAndConsentsIsReported() {
        ProfileValidator.Validated result = create("""
                {"Emails":[{"EmailAddress":"not an address","ContactType":"Personal","IsDefault":true},
                           {"EmailAddress":"b@example.org","ContactType":"Personal","IsDefault":true,
                            "Consents":[{"ConsentType":"Terms","Status":"Granted"},
                                        {"ConsentType":"MarketingEmail","Status":"Revoked"},
                                        {"ConsentType":"MarketingEmail","Status":"Maybe","ConsentDate":"2999-01-01T00:00:00Z"}]}],
                 "Addresses":[{"Lines":[],"CountryCode":"XX","ContactType":"Home"}]}
                """);

        assertThat(result.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(result.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                "/Emails/0/EmailAddress", "/Emails/1/IsDefault", "/Emails/1/Consents/0/ConsentType",
                "/Emails/1/Consents/1/Status", "/Emails/1/Consents/2/Status", "/Addresses/0/Lines",
                "/Addresses/0/CountryCode");
    }

    @Test
    void unknownReferencesAreNotFoundAndDuplicatesConflict() {
        assertThat(create("""
                {"Emails":[{"EmailAddress":"a@example.org","ContactType":"Work",
                            "Consents":[{"ConsentType":"Nope","Status":"Granted"},
                                        {"ConsentType":"MarketingEmail","Version":9,"Status":"Granted"}]}]}
                """).violations()).extracting(Violation::path).containsExactly("/Emails/0/ContactType",
                "/Emails/0/Consents/0/ConsentType", "/Emails/0/Consents/1/Version");
        ProfileValidator.Validated twice = create("""
                {"Emails":[{"EmailAddress":"a@example.org","ContactType":"Personal"},
                           {"EmailAddress":"A@EXAMPLE.ORG","ContactType":"Personal"}]}
                """);
        assertThat(twice.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(twice.violations()).extracting(Violation::path).containsExactly("/Emails/1/EmailAddress");
    }

    @Test
    void aPreferenceNeedsItsTopicsChannelFrequencyAndConsent() {
        ProfileValidator.Validated invalid = create("""
                {"Emails":[{"EmailAddress":"a@example.org","ContactType":"Personal","IsDefault":true}],
                 "Preferences":[{"Topic":"Newsletter","Channel":"Phone"},
                                {"Topic":"Newsletter","Channel":"Email","Frequency":"Daily"},
                                {"Topic":"Alerts","Channel":"Email","ContactElementId":77}]}
                """);
        assertThat(invalid.violations()).extracting(Violation::path).containsExactly("/Preferences/0/Channel",
                "/Preferences/1/Frequency", "/Preferences/2/ContactElementId");

        ProfileValidator.Validated withoutConsent = create("""
                {"Emails":[{"EmailAddress":"a@example.org","ContactType":"Personal","IsDefault":true}],
                 "Preferences":[{"Topic":"Newsletter","Channel":"Email","OptIn":true}]}
                """);
        assertThat(withoutConsent.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(withoutConsent.violations()).extracting(Violation::path).containsExactly("/Preferences/0/OptIn");
    }

    @Test
    void aRevocationArchivesThePreferencesThatRequireTheConsentAndOnlyTheChangedItemsLoseTheirStamp() {
        ProfileContent ada = stored(create(ADA).content());

        ProfileValidator.Validated revoked = patched(ada,
                document(ada, "/Emails/0/Consents/0/Status", Json.createValue("Revoked")));

        assertThat(revoked.violations()).isEmpty();
        Consent consent = revoked.content().emails().get(0).consents().get(0);
        assertThat(consent.status()).isEqualTo(ConsentStatus.REVOKED);
        assertThat(consent.edited()).as("changed: stamped anew").isNull();
        assertThat(revoked.content().consents().get(0).edited()).as("unchanged").isEqualTo(STAMP);
        assertThat(revoked.content().preferences()).extracting(Preference::topic, Preference::isActive)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Newsletter", false),
                        org.assertj.core.groups.Tuple.tuple("Alerts", true));
        assertThat(revoked.content().preferences().get(1).edited()).isEqualTo(STAMP);
    }

    @Test
    void aDocumentReadBackUnchangedIsTheSameContent() {
        ProfileContent ada = stored(create(ADA).content());

        assertThat(patched(ada, document(ada, null, null)).content().withCustomerType(ada.customerType()))
                .usingRecursiveComparison().comparingOnlyFields("emails", "phones", "consents", "preferences")
                .isEqualTo(ada);
    }

    @Test
    void withoutPreserveConsentsANewAddressDeactivatesItsConsents() {
        ProfileContent ada = stored(create(ADA.replace("{\"DefaultLocale\":\"en-GB\",",
                "{\"DefaultLocale\":\"en-GB\",\"PreserveConsents\":false,")).content());

        ProfileValidator.Validated result = patched(ada,
                document(ada, "/Emails/0/EmailAddress", Json.createValue("ada@new.example")));
        assertThat(result.violations()).isEmpty();
        ProfileContent moved = result.content();

        assertThat(moved.emails().get(0).consents()).extracting(Consent::isActive).containsExactly(false);
        assertThat(moved.preferences().get(0).isActive()).as("its consent is no longer granted").isFalse();
    }

    @Test
    void withPreserveConsentsTheConsentsStayWithTheElementAndItsNewAddress() {
        ProfileContent ada = stored(create(ADA).content());

        ProfileContent moved = patched(ada, document(ada, "/Emails/0/EmailAddress", Json.createValue("ada@new.example")))
                .content();

        assertThat(moved.emails().get(0).consents()).extracting(Consent::isActive).containsExactly(true);
        assertThat(moved.preferences()).extracting(Preference::isActive).containsExactly(true, true);
    }

    @Test
    void aPhoneThatStopsBeingMobileArchivesItsSmsOnlyTopics() {
        ProfileContent ada = stored(create(ADA).content());

        ProfileContent fixed = patched(ada, document(ada, "/Phones/0/IsMobile", jakarta.json.JsonValue.FALSE)).content();

        assertThat(fixed.preferences()).extracting(Preference::topic, Preference::isActive).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Newsletter", true),
                org.assertj.core.groups.Tuple.tuple("Alerts", false));
    }

    @Test
    void aContactElementIdIsTheServersAndNamesOneElementOnce() {
        ProfileContent ada = stored(create(ADA).content());

        ProfileValidator.Validated forged = patched(ada,
                document(ada, "/Emails/0/ContactElementId", Json.createValue(6002)));

        assertThat(forged.violations()).extracting(Violation::path).containsExactly("/Emails/0/ContactElementId");
    }
}
