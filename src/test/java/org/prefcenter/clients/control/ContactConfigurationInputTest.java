package org.prefcenter.clients.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prefcenter.clients.control.ContactConfigurationInput.NewConsentVersion;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

class ContactConfigurationInputTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00.123456Z");

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static List<String> refused(Runnable read) {
        Refusal refusal = catchThrowableOfType(Refusal.class, read::run);
        assertThat(refusal).isNotNull();
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        return refusal.violations().stream().map(Violation::path).toList();
    }

    @Test
    void readsAContactTypeWithItsChannelInAnyCase() {
        var type = ContactConfigurationInput.contactType(json("""
                {"name": "Personal", "CHANNEL": "email"}"""));
        assertThat(type.name()).isEqualTo("Personal");
        assertThat(type.channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void namesEveryViolationOfAContactType() {
        assertThat(refused(() -> ContactConfigurationInput.contactType(json("""
                {"Name": "a/b", "Channel": "Fax", "Extra": 1}""")))).containsExactlyInAnyOrder("/Name", "/Channel", "/Extra");
        assertThat(refused(() -> ContactConfigurationInput.contactType(json("{}")))).containsExactly("/Name", "/Channel");
        assertThat(refused(() -> ContactConfigurationInput.contactType(json("""
                {"Name": "%s", "Channel": "Phone"}""".formatted("x".repeat(101)))))).containsExactly("/Name");
    }

    @Test
    void readsAConsentTypeWithItsVersions() {
        var type = ContactConfigurationInput.consentType(json("""
                {"Name": "MarketingEmail", "Channel": "Email", "Description": "News and offers",
                 "Versions": [
                   {"Version": 2, "EffectiveDate": "2026-12-01T10:00:00.987654+01:00", "ExpirationDays": 730,
                    "Text": {"en-US": "Yes, email me", "fr-CA": "Oui"}},
                   {"Version": 1, "EffectiveDate": "2025-01-01", "Text": {"en": "Email me"}},
                   {"Version": 3, "Text": {"de": "Ja"}, "ExpirationDays": null}]}"""), 100, NOW);
        assertThat(type.channel()).isEqualTo(Channel.EMAIL);
        assertThat(type.description()).isEqualTo("News and offers");
        assertThat(type.versions()).containsExactly(
                new NewConsentVersion(2, Instant.parse("2026-12-01T09:00:00.987Z"), 730,
                        Map.of("en-US", "Yes, email me", "fr-CA", "Oui")),
                new NewConsentVersion(1, Instant.parse("2025-01-01T00:00:00Z"), null, Map.of("en", "Email me")),
                new NewConsentVersion(3, Instant.parse("2026-12-01T09:00:00.123Z"), null, Map.of("de", "Ja")));
    }

    @Test
    void aConsentTypeMayHaveNoChannel() {
        var type = ContactConfigurationInput.consentType(json("""
                {"Name": "Terms", "Channel": null, "Versions": [{"Version": 1, "Text": {"en": "I agree"}}]}"""), 100, NOW);
        assertThat(type.channel()).isNull();
        assertThat(type.description()).isNull();
    }

    @Test
    void namesEveryViolationOfAConsentType() {
        assertThat(refused(() -> ContactConfigurationInput.consentType(json("""
                {"Name": "", "Channel": "Fax", "Description": 7, "Versions": [
                  {"Version": 0, "EffectiveDate": "yesterday", "ExpirationDays": 0, "Text": {}},
                  {"Version": 1, "EffectiveDate": "2026-12-01T10:00:00", "ExpirationDays": 36501,
                   "Text": {"not a tag": "x", "en": "", "EN": "again", "fr": 3}},
                  {"Version": 1, "Text": {"en": "dup"}},
                  {"Text": {"en": "no number"}, "Other": true},
                  "not an object",
                  {"Version": 1.5, "EffectiveDate": "0000-01-01", "Text": {"en": "x"}}]}"""), 100, NOW)))
                .containsExactly("/Name", "/Channel", "/Description",
                        "/Versions/0/Version", "/Versions/0/EffectiveDate", "/Versions/0/ExpirationDays", "/Versions/0/Text",
                        "/Versions/1/EffectiveDate", "/Versions/1/ExpirationDays", "/Versions/1/Text/not a tag",
                        "/Versions/1/Text/en", "/Versions/1/Text/EN", "/Versions/1/Text/fr",
                        "/Versions/2/Version",
                        "/Versions/3/Other", "/Versions/3/Version",
                        "/Versions/4",
                        "/Versions/5/Version", "/Versions/5/EffectiveDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Name\": \"T\"}", "{\"Name\": \"T\", \"Versions\": null}", "{\"Name\": \"T\", \"Versions\": []}",
        "{\"Name\": \"T\", \"Versions\": {}}", "{\"Name\": \"T\", \"Versions\": [{\"Version\": 1, \"Text\": {\"en\": \"a\"}},"
                + " {\"Version\": 2, \"Text\": {\"en\": \"b\"}}, {\"Version\": 3, \"Text\": {\"en\": \"c\"}}]}"})
    void aConsentTypeHasOneToTheCappedNumberOfVersions(String body) {
        assertThat(refused(() -> ContactConfigurationInput.consentType(json(body), 2, NOW))).containsExactly("/Versions");
    }

    @Test
    void aTextIsAtMostTenThousandCharactersAndItsTagIsQuotedSafely() {
        assertThat(ContactConfigurationInput.consentVersion(json("""
                {"Version": 7, "Text": {"en": "%s"}}""".formatted("\uD83D\uDE00".repeat(10_000))), NOW).texts().get("en"))
                .hasSize(20_000);
        assertThat(refused(() -> ContactConfigurationInput.consentVersion(json("""
                {"Version": 7, "Text": {"en": "%s"}}""".formatted("x".repeat(10_001))), NOW))).containsExactly("/Text/en");
        assertThat(refused(() -> ContactConfigurationInput.consentVersion(json("""
                {"Version": 7, "Text": {"a/b~c": "x", "\\u0000": "y"}}"""), NOW)))
                .containsExactly("/Text/a~1b~0c", "/Text/(invalid tag)");
    }

    @Test
    void readsAPreferenceTopic() {
        var topic = ContactConfigurationInput.preferenceTopic(json("""
                {"Name": "Newsletter", "Channels": ["phone", "Email"], "Frequencies": ["Weekly", "Monthly"],
                 "RequiresConsent": "MarketingEmail", "SmsOnly": true, "DefaultOptIn": true}"""));
        assertThat(topic.channels()).isEqualTo(EnumSet.of(Channel.EMAIL, Channel.PHONE));
        assertThat(topic.frequencies()).containsExactly("Weekly", "Monthly");
        assertThat(topic.requiresConsent()).isEqualTo("MarketingEmail");
        assertThat(topic.smsOnly()).isTrue();
        assertThat(topic.defaultOptIn()).isTrue();
        var plain = ContactConfigurationInput.preferenceTopic(json("""
                {"Name": "Offers", "Channels": ["Address"]}"""));
        assertThat(plain.frequencies()).isEmpty();
        assertThat(plain.requiresConsent()).isNull();
        assertThat(plain.smsOnly()).isFalse();
        assertThat(plain.defaultOptIn()).isFalse();
    }

    @Test
    void namesEveryViolationOfAPreferenceTopic() {
        assertThat(refused(() -> ContactConfigurationInput.preferenceTopic(json("""
                {"Name": ".", "Channels": ["Email", "email", 3],
                 "Frequencies": ["Weekly", "weekly", "", "a\\nb", "%s", 5],
                 "RequiresConsent": "", "SmsOnly": "yes", "DefaultOptIn": null}""".formatted("x".repeat(51))))))
                .containsExactly("/Name", "/Channels/1", "/Channels/2", "/Frequencies/1",
                        "/Frequencies/2", "/Frequencies/3", "/Frequencies/4", "/Frequencies/5", "/RequiresConsent",
                        "/SmsOnly", "/DefaultOptIn");
        assertThat(refused(() -> ContactConfigurationInput.preferenceTopic(json("""
                {"Name": "T", "Channels": ["Email"], "SmsOnly": true}""")))).containsExactly("/SmsOnly");
        for (String channels : new String[] {"[]", "null", "\"Email\"", "[\"Email\",\"Phone\",\"Address\",\"Email\"]"}) {
            assertThat(refused(() -> ContactConfigurationInput.preferenceTopic(json("""
                    {"Name": "T", "Channels": %s}""".formatted(channels))))).as(channels).containsExactly("/Channels");
        }
        assertThat(refused(() -> ContactConfigurationInput.preferenceTopic(json("""
                {"Name": "T", "Channels": ["Email"], "Frequencies": %s}""".formatted(
                "[" + "\"f\",".repeat(20) + "\"g\"]"))))).containsExactly("/Frequencies");
    }
}
