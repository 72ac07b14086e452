package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The look-ups by address, {@code GET /{clientId}/Profiles?email=|phone=} and
 * {@code GET /{clientId}/ConsentStatus}: what they find, in which order they refuse, and the
 * sender's answer for one holder and for two.
 */
class ContactLookupIT extends ApiTest {

    private ClientFixture client() {
        ClientFixture c = sharedClient("LOOK");
        if (api().get(c.clientId + "/ContactTypes/Personal", c.reader).status() == 404) {
            configure(c);
        }
        return c;
    }

    /** Contact and consent types: one version in effect since 2019, ExpiringEmail's for 30 days. */
    private void configure(ClientFixture c) {
        expect201(api().post(c.clientId + "/ContactTypes", c.admin, "{\"Name\":\"Personal\",\"Channel\":\"Email\"}"));
        expect201(api().post(c.clientId + "/ContactTypes", c.admin, "{\"Name\":\"Mobile\",\"Channel\":\"Phone\"}"));
        consentType(c, "MarketingEmail", "\"Email\"", null);
        consentType(c, "ExpiringEmail", "\"Email\"", 30);
        consentType(c, "MarketingSms", "\"Phone\"", null);
        consentType(c, "Terms", "null", null);
    }

    private void consentType(ClientFixture c, String name, String channel, Integer expirationDays) {
        expect201(api().post(c.clientId + "/ConsentTypes", c.admin, "{\"Name\":\"" + name + "\",\"Channel\":" + channel
                + ",\"Description\":\"" + name + "\",\"Versions\":[{\"Version\":1,\"EffectiveDate\":\"2019-01-01\","
                + "\"ExpirationDays\":" + expirationDays + ",\"Text\":{\"en-US\":\"May we?\"}}]}"));
    }

    private static void expect201(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /** A new email address of this run, in the letter case given. */
    private static String newEmail() {
        return "Ada." + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
    }

    /** A profile holding one email (with consents, JSON, or none) and answering its ProfileId. */
    private long profileWithEmail(ClientFixture c, String email, boolean active, String consents) {
        return created(c, "{\"Emails\":[{\"EmailAddress\":\"" + email + "\",\"ContactType\":\"Personal\","
                + "\"IsDefault\":true,\"IsActive\":" + active + ",\"Consents\":[" + consents + "]}]}");
    }

    private long created(ClientFixture c, String body) {
        Api.Reply created = api().post(c.clientId + "/Profile", c.editor, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("ProfileId").longValue();
    }

    private static String consent(String type, String status, String date) {
        return "{\"ConsentType\":\"" + type + "\",\"Status\":\"" + status + "\",\"ConsentDate\":\"" + date + "\"}";
    }

    private List<Long> found(ClientFixture c, String query) {
        Api.Reply found = api().get(c.clientId + "/Profiles?" + query, c.reader);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.array().getValuesAs(JsonObject.class).stream()
                .map(profile -> profile.getJsonNumber("ProfileId").longValue()).toList();
    }

    private JsonObject consentStatus(ClientFixture c, String type, String email) {
        Api.Reply answer = api().get(c.clientId + "/ConsentStatus?consentType=" + type + "&email="
                + FuzzWorld.encode(email), c.reader);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void profilesAreFoundByEmailInAnyLetterCaseWholeAndInProfileIdOrder() {
        ClientFixture c = client();
        String email = newEmail();
        long first = profileWithEmail(c, email, true, "");
        long second = profileWithEmail(c, email.toLowerCase(), false, ""); // an inactive element is found too
        ClientFixture other = ClientFixture.create(api(), "LOOKX");
        configure(other);
        profileWithEmail(other, email, true, "");

        Api.Reply found = api().get(c.clientId + "/Profiles?email=" + FuzzWorld.encode(email.toUpperCase()), c.editor);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.contentType()).startsWith("application/json");
        List<JsonObject> profiles = found.array().getValuesAs(JsonObject.class);
        assertThat(profiles).extracting(profile -> profile.getJsonNumber("ProfileId").longValue())
                .containsExactly(first, second);
        JsonObject whole = api().get(c.clientId + "/Profile/" + first, c.reader).json();
        assertThat(profiles.get(0)).isEqualTo(whole);
        assertThat(profiles.get(1).getJsonArray("Emails").getJsonObject(0).getBoolean("IsActive")).isFalse();
        assertThat(found.header("PrefCenter-Truncated")).isEmpty();
    }

    @Test
    void profilesAreFoundByPhoneInNationalAndInternationalForm() {
        ClientFixture c = client();
        String national = String.format("(201) 555-%04d", (int) (Math.random() * 10_000));
        String e164 = "+1201555" + national.substring(national.length() - 4);
        long holder = created(c, "{\"Phones\":[{\"PhoneNumber\":\"" + e164 + "\",\"ContactType\":\"Mobile\"}]}");
        // the client's DefaultLocale is en-US: a national number is read in the US
        assertThat(found(c, "phone=" + FuzzWorld.encode(national))).contains(holder);
        assertThat(found(c, "phone=" + FuzzWorld.encode("+1 201-555-" + national.substring(national.length() - 4))))
                .contains(holder);
        assertThat(found(c, "phone=" + FuzzWorld.encode(e164))).contains(holder);
    }

    @Test
    void anAddressNobodyHoldsFindsAnEmptyArray() {
        ClientFixture c = client();
        Api.Reply none = api().get(c.clientId + "/Profiles?email=" + FuzzWorld.encode(newEmail()), c.reader);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("[]");
        assertThat(found(c, "phone=%2B442071230000")).isEmpty();
    }

    @Test
    void exactlyOneWellFormedAddressIsRequired() {
        ClientFixture c = client();
        String base = c.clientId + "/Profiles";
        for (String query : new String[] {"", "?email=a%40example.org&phone=%2B12015550123", "?email=", "?email=ada",
            "?email=ada%40localhost", "?phone=", "?phone=abc", "?phone=123", "?phone=020%207123%204567",
            "?alternateIdType=CRM&alternateId=C-1"}) {
            Api.Reply refused = api().get(base + query, c.reader);
            assertProblem(refused, 400);
            assertThat(refused.json().getString("detail")).as(query).containsAnyOf("query parameter email",
                    "query parameter phone", "query parameters email and phone");
        }
        assertThat(api().get(base + "?phone=abc", c.reader).json().getString("detail")).contains("phone");
        for (String query : new String[] {"?consentType=MarketingEmail", "?consentType=&email=a%40example.org",
            "?email=a%40example.org", "?consentType=MarketingEmail&email=a%40example.org&phone=%2B12015550123",
            "?consentType=MarketingEmail&email=not-an-address"}) {
            assertProblem(api().get(c.clientId + "/ConsentStatus" + query, c.reader), 400);
        }
    }

    @Test
    void scopeComesBeforeTheClientAndTheClientBeforeTheParameters() {
        ClientFixture c = client();
        for (String route : new String[] {"/Profiles?email=", "/ConsentStatus?consentType=Nope&phone=x"}) {
            assertThat(api().get(c.clientId + route, null).status()).isEqualTo(401);
            assertProblem(api().get(c.clientId + route, Tokens.of("reader", "ProfileReader", "SOMEONE-ELSE")), 403);
            assertProblem(api().get(c.clientId + route, Tokens.of("admin", "ClientAdmin", c.clientId)), 403);
            assertProblem(api().get("NO-SUCH-CLIENT" + route, Tokens.of("reader", "ProfileReader", "NO-SUCH-CLIENT")),
                    404);
            assertProblem(api().get(c.clientId + route, c.reader), 400);
        }
    }

    @Test
    void anotherClientsProfilesAreNeverReturned() {
        ClientFixture c = client();
        ClientFixture other = ClientFixture.create(api(), "LOOKY");
        configure(other);
        String email = newEmail();
        profileWithEmail(other, email, true, consent("MarketingEmail", "Granted", "2026-01-01T00:00:00Z"));
        assertThat(found(c, "email=" + FuzzWorld.encode(email))).isEmpty();
        JsonObject answer = consentStatus(c, "MarketingEmail", email);
        assertThat(answer.getString("Status")).isEqualTo("NotSet");
        assertThat(answer.getJsonArray("Profiles")).isEmpty();
    }

    @Test
    void oneHoldersConsentIsTheAnswer() {
        ClientFixture c = client();
        String granted = newEmail();
        long holder = profileWithEmail(c, granted, true, consent("MarketingEmail", "Granted", "2026-01-01T00:00:00Z"));
        JsonObject answer = consentStatus(c, "marketingemail", granted.toUpperCase());
        assertThat(answer.getString("ConsentType")).isEqualTo("MarketingEmail");
        assertThat(answer.getString("Status")).isEqualTo("Granted");
        JsonObject listed = answer.getJsonArray("Profiles").getJsonObject(0);
        assertThat(listed.keySet()).containsExactly("ProfileId", "ContactElementId", "EffectiveStatus", "Version",
                "ConsentDate");
        JsonObject document = api().get(c.clientId + "/Profile/" + holder, c.reader).json();
        assertThat(listed.getJsonNumber("ProfileId").longValue()).isEqualTo(holder);
        assertThat(listed.get("ContactElementId"))
                .isEqualTo(document.getJsonArray("Emails").getJsonObject(0).get("ContactElementId"));
        assertThat(listed.getString("EffectiveStatus")).isEqualTo("Granted");
        assertThat(listed.getInt("Version")).isEqualTo(1);
        assertThat(listed.getString("ConsentDate")).isEqualTo("2026-01-01T00:00:00Z");

        String denied = newEmail();
        profileWithEmail(c, denied, true, consent("MarketingEmail", "Denied", "2026-01-01T00:00:00Z"));
        assertThat(consentStatus(c, "MarketingEmail", denied).getString("Status")).isEqualTo("Denied");

        String revoked = newEmail();
        long revoking = profileWithEmail(c, revoked, true, consent("MarketingEmail", "Granted", "2026-01-01T00:00:00Z"));
        Api.Reply patched = api().patch(c.clientId + "/Profile/" + revoking, c.editor,
                "[{\"op\":\"replace\",\"path\":\"/Emails/0/Consents/0/Status\",\"value\":\"Revoked\"}]");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(consentStatus(c, "MarketingEmail", revoked).getString("Status")).isEqualTo("Revoked");

        String expired = newEmail(); // 30 days from 2020-01-01
        profileWithEmail(c, expired, true, consent("ExpiringEmail", "Granted", "2020-01-01T00:00:00Z"));
        JsonObject lapsed = consentStatus(c, "ExpiringEmail", expired);
        assertThat(lapsed.getString("Status")).isEqualTo("Expired");
        assertThat(lapsed.getJsonArray("Profiles").getJsonObject(0).getString("EffectiveStatus")).isEqualTo("Expired");
    }

    @Test
    void withoutAConsentOrOnAnInactiveElementTheAnswerIsNotSet() {
        ClientFixture c = client();
        String none = newEmail();
        long holder = profileWithEmail(c, none, true, consent("ExpiringEmail", "Granted", "2026-01-01T00:00:00Z"));
        JsonObject answer = consentStatus(c, "MarketingEmail", none);
        assertThat(answer.getString("Status")).isEqualTo("NotSet");
        JsonObject listed = answer.getJsonArray("Profiles").getJsonObject(0);
        assertThat(listed.getJsonNumber("ProfileId").longValue()).isEqualTo(holder);
        assertThat(listed.getString("EffectiveStatus")).isEqualTo("NotSet");
        assertThat(listed.get("Version")).isEqualTo(JsonValue.NULL);
        assertThat(listed.get("ConsentDate")).isEqualTo(JsonValue.NULL);

        String inactive = newEmail();
        profileWithEmail(c, inactive, false, consent("MarketingEmail", "Granted", "2026-01-01T00:00:00Z"));
        JsonObject unused = consentStatus(c, "MarketingEmail", inactive);
        assertThat(unused.getString("Status")).isEqualTo("NotSet");
        assertThat(unused.getJsonArray("Profiles").getJsonObject(0).getString("EffectiveStatus")).isEqualTo("NotSet");

        JsonObject nobody = consentStatus(c, "MarketingEmail", newEmail());
        assertThat(nobody.getString("Status")).isEqualTo("NotSet");
        assertThat(nobody.getJsonArray("Profiles")).isEmpty();
    }

    @Test
    void ofTwoHoldersARefusalWinsAndAHolderWithoutTheConsentIsNotCounted() {
        ClientFixture c = client();
        String shared = newEmail();
        long granting = profileWithEmail(c, shared, true, consent("MarketingEmail", "Granted", "2026-01-01T00:00:00Z"));
        long denying = profileWithEmail(c, shared.toLowerCase(), true,
                consent("MarketingEmail", "Denied", "2026-02-01T00:00:00Z"));
        JsonObject answer = consentStatus(c, "MarketingEmail", shared);
        assertThat(answer.getString("Status")).isEqualTo("Denied");
        assertThat(answer.getJsonArray("Profiles").getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("ProfileId").longValue() + " " + p.getString("EffectiveStatus"))
                .containsExactly(granting + " Granted", denying + " Denied");

        String half = newEmail();
        long withConsent = profileWithEmail(c, half, true, consent("MarketingEmail", "Granted", "2026-01-01T00:00:00Z"));
        long without = profileWithEmail(c, half, true, "");
        JsonObject counted = consentStatus(c, "MarketingEmail", half);
        assertThat(counted.getString("Status")).isEqualTo("Granted");
        assertThat(counted.getJsonArray("Profiles").getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("ProfileId").longValue() + " " + p.getString("EffectiveStatus"))
                .containsExactly(withConsent + " Granted", without + " NotSet");
    }

    @Test
    void theConsentTypeMustExistAndBeOfTheAddressesChannel() {
        ClientFixture c = client();
        String email = FuzzWorld.encode(newEmail());
        assertProblem(api().get(c.clientId + "/ConsentStatus?consentType=NoSuchType&email=" + email, c.reader), 404);
        for (String type : new String[] {"MarketingSms", "Terms"}) {
            Api.Reply refused = api().get(c.clientId + "/ConsentStatus?consentType=" + type + "&email=" + email, c.reader);
            assertProblem(refused, 400);
            assertThat(refused.json().getString("detail")).contains(type).contains("email");
        }
        Api.Reply sms = api().get(c.clientId + "/ConsentStatus?consentType=MarketingSms&phone=%2B12015550100", c.editor);
        assertThat(sms.status()).as(sms.toString()).isEqualTo(200);
        assertThat(sms.json().getString("Status")).isEqualTo("NotSet");
    }
}
