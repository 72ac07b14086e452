package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A profile's contact elements, consents and preferences over HTTP: created, read, patched by
 * JSON Patch and merge patch, refused with the field named, the seed's flags taking effect in the
 * same change, and each change in the history.
 */
class ContactElementsIT extends ApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private ClientFixture client() {
        ClientFixture client = sharedClient("CONTACTS");
        synchronized (ContactElementsIT.class) {
            if (api().get(client.clientId + "/ContactTypes", client.reader).array().isEmpty()) {
                configure(client);
            }
        }
        return client;
    }

    private void configure(ClientFixture client) {
        String base = client.clientId + "/";
        created(api().post(base + "ContactTypes", client.admin, """
                {"Name": "Personal", "Channel": "Email"}"""));
        created(api().post(base + "ContactTypes", client.admin, """
                {"Name": "Mobile", "Channel": "Phone"}"""));
        created(api().post(base + "ConsentTypes", client.admin, """
                {"Name": "MarketingEmail", "Channel": "Email",
                 "Versions": [{"Version": 1, "EffectiveDate": "2026-01-01", "ExpirationDays": 365,
                               "Text": {"en-US": "Email me offers"}}]}"""));
        created(api().post(base + "ConsentTypes", client.admin, """
                {"Name": "Terms", "Channel": null,
                 "Versions": [{"Version": 1, "EffectiveDate": "2026-01-01", "Text": {"en-US": "I accept"}}]}"""));
        created(api().post(base + "PreferenceTopics", client.admin, """
                {"Name": "Newsletter", "Channels": ["Email"], "Frequencies": ["Weekly"],
                 "RequiresConsent": "MarketingEmail"}"""));
    }

    private static void created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private JsonObject ada(ClientFixture client, String crm) {
        Api.Reply created = api().post(client.clientId + "/Profile", client.editor, """
                {"DefaultLocale": "en-GB",
                 "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "%s"}],
                 "Emails": [{"EmailAddress": "Ada@Example.org", "ContactType": "personal", "IsDefault": true,
                             "Consents": [{"ConsentType": "MarketingEmail", "Status": "Granted",
                                           "ConsentDate": "2026-11-01T09:00:00Z",
                                           "Source": {"IpAddress": "203.0.113.77"}}]}],
                 "Phones": [{"PhoneNumber": "07400 123456", "ContactType": "Mobile"}],
                 "Consents": [{"ConsentType": "Terms", "Status": "Granted"}],
                 "Preferences": [{"Topic": "Newsletter", "Channel": "Email", "OptIn": true, "Frequency": "Weekly"}]}
                """.formatted(crm));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void aCreatedProfileHoldsItsElementsConsentsAndPreferencesInTheirStoredForm() {
        ClientFixture client = client();
        JsonObject ada = ada(client, "CE-1");

        JsonObject email = ada.getJsonArray("Emails").getJsonObject(0);
        assertThat(email.getJsonNumber("ContactElementId").longValue()).isPositive();
        assertThat(email.getString("ContactType")).isEqualTo("Personal");
        JsonObject consent = email.getJsonArray("Consents").getJsonObject(0);
        assertThat(consent.getString("Status")).isEqualTo("Granted");
        assertThat(consent.getString("EffectiveStatus")).isEqualTo("Granted");
        assertThat(consent.getInt("Version")).isEqualTo(1);
        assertThat(consent.getString("ExpirationDate")).isEqualTo("2027-11-01T09:00:00Z");
        assertThat(consent.getJsonObject("Source").getString("IpAddress")).isEqualTo("203.0.113.0");
        assertThat(consent.getJsonObject("Edited").getString("CreatedBy")).isEqualTo("editor");
        JsonObject phone = ada.getJsonArray("Phones").getJsonObject(0);
        assertThat(phone.getString("PhoneNumber")).isEqualTo("+447400123456");
        assertThat(phone.getBoolean("IsMobile")).isTrue();
        assertThat(ada.getJsonArray("Consents").getJsonObject(0).getString("ConsentType")).isEqualTo("Terms");
        assertThat(ada.getJsonArray("Preferences").getJsonObject(0).getBoolean("OptIn")).isTrue();

        Api.Reply read = api().get(client.clientId + "/Profile/" + ada.getJsonNumber("ProfileId"), client.reader);
        assertThat(read.json()).isEqualTo(ada);
    }

    @Test
    void aRevocationArchivesTheNewsletterInTheSameChangeAndTheHistorySaysSo() {
        ClientFixture client = client();
        JsonObject ada = ada(client, "CE-2");
        String path = client.clientId + "/Profile/" + ada.getJsonNumber("ProfileId");

        Api.Reply revoked = api().patch(path, client.editor, """
                [{"op": "replace", "path": "/emails/0/consents/0/status", "value": "Revoked"}]""");

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        JsonObject consent = revoked.json().getJsonArray("Emails").getJsonObject(0).getJsonArray("Consents")
                .getJsonObject(0);
        assertThat(consent.getString("EffectiveStatus")).isEqualTo("Revoked");
        assertThat(revoked.json().getJsonArray("Preferences").getJsonObject(0).getBoolean("IsActive")).isFalse();
        JsonObject entry = api().get(path + "/History", client.reader).json().getJsonArray("Changes").getJsonObject(0);
        assertThat(entry.getJsonArray("Changes").toString()).contains("/Emails/0/Consents/0/Status", "Revoked",
                "/Preferences/0/IsActive");
    }

    @Test
    void aRefusalNamesTheFieldAndLosesNothing() {
        ClientFixture client = client();
        JsonObject ada = ada(client, "CE-3");
        String path = client.clientId + "/Profile/" + ada.getJsonNumber("ProfileId");

        Api.Reply refused = api().patch(path, client.editor, """
                [{"op": "add", "path": "/Emails/-", "value": {"EmailAddress": "not an address", "ContactType": "Personal"}},
                 {"op": "replace", "path": "/Consents/0/Status", "value": "Maybe"}]""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").toString()).contains("/Emails/1/EmailAddress",
                "/Consents/0/Status");
        assertThat(api().get(path, client.reader).json()).isEqualTo(ada);

        Api.Reply unknown = api().patch(path, client.editor, """
                [{"op": "replace", "path": "/Emails/0/ContactType", "value": "Work"}]""");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);

        Api.Reply twice = api().patch(path, client.editor, """
                [{"op": "add", "path": "/Emails/-", "value": {"EmailAddress": "ADA@example.ORG", "ContactType": "Personal"}}]""");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);

        Api.Reply readOnly = api().patch(path, client.editor, """
                [{"op": "replace", "path": "/Emails/0/ContactElementId", "value": 1}]""");
        assertThat(readOnly.status()).as(readOnly.toString()).isEqualTo(400);
    }

    @Test
    void withoutPreserveConsentsANewAddressDeactivatesItsConsentsAndKeepsItsId() {
        ClientFixture client = client();
        JsonObject ada = ada(client, "CE-4");
        String path = client.clientId + "/Profile/" + ada.getJsonNumber("ProfileId");
        long id = ada.getJsonArray("Emails").getJsonObject(0).getJsonNumber("ContactElementId").longValue();

        Api.Reply moved = api().patch(path, client.editor, """
                [{"op": "replace", "path": "/PreserveConsents", "value": false},
                 {"op": "replace", "path": "/Emails/0/EmailAddress", "value": "ada@new.example"}]""");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonObject email = moved.json().getJsonArray("Emails").getJsonObject(0);
        assertThat(email.getJsonNumber("ContactElementId").longValue()).isEqualTo(id);
        JsonObject consent = email.getJsonArray("Consents").getJsonObject(0);
        assertThat(consent.getBoolean("IsActive")).isFalse();
        assertThat(consent.getString("EffectiveStatus")).isEqualTo("NotSet");
    }

    @Test
    void aMergePatchReplacesAnArrayAndKeepsTheElementsThatComeBackWithTheirIds() {
        ClientFixture client = client();
        JsonObject ada = ada(client, "CE-5");
        String path = client.clientId + "/Profile/" + ada.getJsonNumber("ProfileId");
        JsonObject phone = ada.getJsonArray("Phones").getJsonObject(0);

        Api.Reply merged = api().patch(path, client.editor, """
                {"Phones": [{"ContactElementId": %d, "PhoneNumber": "+447400123456", "ContactType": "Mobile",
                             "IsDefault": true},
                            {"PhoneNumber": "+44 20 7123 4567", "ContactType": "Mobile"}]}
                """.formatted(phone.getJsonNumber("ContactElementId").longValue()), MERGE_PATCH, null);

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().getJsonArray("Phones").getJsonObject(0).getJsonNumber("ContactElementId"))
                .isEqualTo(phone.getJsonNumber("ContactElementId"));
        assertThat(merged.json().getJsonArray("Phones").getJsonObject(1).getBoolean("IsMobile")).isFalse();
    }

    /** Recorded soon after the moment, once: the document, the history (kind Expiry) and one Consent.Changed. */
    @Test
    void aConsentExpiresSoonAfterItsMomentOnceAndArchivesThePreferenceThatNeedsIt() throws Exception {
        ClientFixture client = client();
        // MarketingEmail expires 365 days after its date: decided 365 days ago, less three seconds
        Instant decided = Instant.now().minus(Duration.ofDays(365)).plusSeconds(3);
        Api.Reply created = api().post(client.clientId + "/Profile", client.editor, """
                {"AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "CE-6"}],
                 "Emails": [{"EmailAddress": "ada6@example.org", "ContactType": "Personal", "IsDefault": true,
                             "Consents": [{"ConsentType": "MarketingEmail", "Status": "Granted", "ConsentDate": "%s"}]}],
                 "Preferences": [{"Topic": "Newsletter", "Channel": "Email", "OptIn": true}]}
                """.formatted(decided));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("ProfileId").longValue();
        String path = client.clientId + "/Profile/" + id;
        assertThat(consentOf(created.json()).getString("EffectiveStatus")).isEqualTo("Granted");

        JsonObject expired = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject read = api().get(path, client.reader).json();
            if (consentOf(read).getString("EffectiveStatus").equals("Expired")) {
                expired = read;
                break;
            }
            Thread.sleep(200);
        }
        assertThat(expired).as("recorded Expired within 20 s").isNotNull();
        assertThat(Instant.now()).isAfterOrEqualTo(decided.plus(Duration.ofDays(365)));
        assertThat(expired.getJsonArray("Preferences").getJsonObject(0).getBoolean("IsActive")).isFalse();
        JsonObject entry = api().get(path + "/History", client.reader).json().getJsonArray("Changes").getJsonObject(0);
        assertThat(entry.getString("Kind")).isEqualTo("Expiry");
        assertThat(entry.getString("ModifiedBy")).isEqualTo("prefcenter");

        Thread.sleep(2500); // two more runs of the job: nothing more to record
        List<JsonObject> consentEvents = Feed.all(api(), client.clientId, client.reader).stream()
                .filter(event -> event.getJsonNumber("ProfileId").longValue() == id)
                .filter(event -> event.getString("Type").equals("Consent.Changed")).toList();
        assertThat(consentEvents).extracting(event -> event.getJsonObject("Data").getJsonObject("Consent")
                .getString("EffectiveStatus")).containsExactly("Granted", "Expired");
        assertThat(api().get(path + "/History", client.reader).json().getJsonArray("Changes")).hasSize(2);
    }

    private static JsonObject consentOf(JsonObject profile) {
        return profile.getJsonArray("Emails").getJsonObject(0).getJsonArray("Consents").getJsonObject(0);
    }
}
