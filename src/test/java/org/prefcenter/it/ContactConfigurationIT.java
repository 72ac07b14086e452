package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;
import static org.prefcenter.it.PlatformIT.assertUnauthorized;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configuration of contact elements, consents and preferences: every route with its statuses. */
class ContactConfigurationIT extends ApiTest {

    private ClientFixture client() {
        return sharedClient("CONT");
    }

    private static List<String> paths(Api.Reply problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("path")).toList();
    }

    private Api.Reply created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        Api.Reply located = api().getAbsolute(reply.header("Location").orElseThrow(), client().reader);
        assertThat(located.status()).as(located.toString()).isEqualTo(200);
        assertThat(located.json()).isEqualTo(reply.json());
        return reply;
    }

    @Test
    void contactTypesAreAddedListedAndReadByNameInAnyCase() {
        ClientFixture c = client();
        assertThat(api().get(c.clientId + "/ContactTypes", c.reader).array()).isEmpty();
        Api.Reply personal = created(api().post(c.clientId + "/ContactTypes", c.admin, """
                {"Name": "Personal", "Channel": "email"}"""));
        assertThat(personal.json().toString()).isEqualTo("{\"Name\":\"Personal\",\"Channel\":\"Email\"}");
        assertThat(personal.header("Location")).hasValue("/Profiles/v4/" + c.clientId + "/ContactTypes/Personal");
        created(api().post(c.clientId + "/ContactTypes", c.admin, """
                {"Name": "Mobile", "Channel": "Phone"}"""));
        for (String token : new String[] {c.reader, c.editor, c.admin}) {
            assertThat(api().get(c.clientId + "/ContactTypes", token).array().getValuesAs(JsonObject.class))
                    .extracting(type -> type.getString("Name")).containsSubsequence("Personal", "Mobile");
        }
        assertThat(api().get(c.clientId + "/ContactTypes/MOBILE", c.reader).json().getString("Channel")).isEqualTo("Phone");
        assertProblem(api().get(c.clientId + "/ContactTypes/Fax", c.reader), 404);
        assertProblem(api().post(c.clientId + "/ContactTypes", c.admin, """
                {"Name": "personal", "Channel": "Phone"}"""), 409);
        Api.Reply invalid = api().post(c.clientId + "/ContactTypes", c.admin, """
                {"Name": "..", "Channel": "Fax", "Extra": true}""");
        assertProblem(invalid, 400);
        assertThat(paths(invalid)).containsExactlyInAnyOrder("/Name", "/Channel", "/Extra");
    }

    @Test
    void consentTypesKeepTheirVersionsAndVersionsOnlyGrow() {
        ClientFixture c = client();
        api().get(c.clientId + "/ConsentTypes", c.reader); // the configuration is cached now: the POST must move it
        Api.Reply marketing = created(api().post(c.clientId + "/ConsentTypes", c.admin, """
                {"Name": "MarketingEmail", "Channel": "Email", "Description": "News and offers by email",
                 "Versions": [{"Version": 2, "EffectiveDate": "2026-12-01T10:00:00+01:00", "ExpirationDays": 730,
                               "Text": {"fr-CA": "Oui", "en-US": "Yes, email me"}},
                              {"Version": 1, "EffectiveDate": "2025-01-01", "Text": {"en-US": "Email me"}}]}"""));
        assertThat(marketing.json()).isEqualTo(Api.parse("""
                {"Name": "MarketingEmail", "Channel": "Email", "Description": "News and offers by email",
                 "Versions": [{"Version": 1, "EffectiveDate": "2025-01-01T00:00:00Z", "ExpirationDays": null,
                               "Text": {"en-US": "Email me"}},
                              {"Version": 2, "EffectiveDate": "2026-12-01T09:00:00Z", "ExpirationDays": 730,
                               "Text": {"en-US": "Yes, email me", "fr-CA": "Oui"}}]}"""));
        assertThat(api().get(c.clientId + "/ConsentTypes", c.reader).array()).contains(marketing.json());
        assertThat(api().get(c.clientId + "/ConsentTypes/marketingemail", c.editor).json()).isEqualTo(marketing.json());

        Api.Reply third = created(api().post(c.clientId + "/ConsentTypes/marketingEmail/Versions", c.admin, """
                {"Version": 3, "EffectiveDate": "2027-01-01T00:00:00.5Z", "Text": {"en-US": "Email me, please"}}"""));
        // the type as the request named it, which any letter case resolves
        assertThat(third.header("Location")).hasValue("/Profiles/v4/" + c.clientId + "/ConsentTypes/marketingEmail/Versions/3");
        assertThat(third.json().getString("EffectiveDate")).isEqualTo("2027-01-01T00:00:00.500Z");
        for (int number : new int[] {3, 2, 1}) {
            Api.Reply refused = api().post(c.clientId + "/ConsentTypes/MarketingEmail/Versions", c.admin, """
                    {"Version": %d, "Text": {"en-US": "Changed"}}""".formatted(number));
            assertProblem(refused, 409);
            assertThat(refused.json().getString("detail")).contains("greater than every existing one");
        }
        assertThat(api().get(c.clientId + "/ConsentTypes/MarketingEmail/Versions", c.reader).array()
                .getValuesAs(JsonObject.class)).extracting(version -> version.getInt("Version")).containsExactly(1, 2, 3);
        assertThat(api().get(c.clientId + "/ConsentTypes/MarketingEmail/Versions/2", c.reader).json())
                .isEqualTo(marketing.json().getJsonArray("Versions").get(1));
        for (String missing : new String[] {"4", "0", "02", "x", "99999999999"}) {
            assertProblem(api().get(c.clientId + "/ConsentTypes/MarketingEmail/Versions/" + missing, c.reader), 404);
        }
        assertProblem(api().post(c.clientId + "/ConsentTypes/NoSuchType/Versions", c.admin, """
                {"Version": 1, "Text": {"en": "x"}}"""), 404);

        Api.Reply terms = created(api().post(c.clientId + "/ConsentTypes", c.admin, """
                {"Name": "Terms", "Versions": [{"Version": 1, "Text": {"en": "I agree"}}]}"""));
        assertThat(terms.json().get("Channel")).isEqualTo(JsonValue.NULL);
        assertThat(terms.json().get("Description")).isEqualTo(JsonValue.NULL);
        assertProblem(api().post(c.clientId + "/ConsentTypes", c.admin, """
                {"Name": "TERMS", "Versions": [{"Version": 1, "Text": {"en": "I agree"}}]}"""), 409);
    }

    @Test
    void everyViolationOfAConsentTypeIsNamed() {
        ClientFixture c = client();
        Api.Reply invalid = api().post(c.clientId + "/ConsentTypes", c.admin, """
                {"Name": "", "Channel": "Fax", "Versions": [
                  {"Version": 0, "EffectiveDate": "soon", "ExpirationDays": 36501, "Text": {}},
                  {"Version": 1, "Text": {"no tag": "x", "en": ""}}, {"Version": 1, "Text": {"en": "x"}}]}""");
        assertProblem(invalid, 400);
        assertThat(paths(invalid)).containsExactly("/Name", "/Channel", "/Versions/0/Version", "/Versions/0/EffectiveDate",
                "/Versions/0/ExpirationDays", "/Versions/0/Text", "/Versions/1/Text/no tag", "/Versions/1/Text/en",
                "/Versions/2/Version");
        Api.Reply noVersions = api().post(c.clientId + "/ConsentTypes", c.admin, "{\"Name\": \"Empty\", \"Versions\": []}");
        assertProblem(noVersions, 400);
        assertThat(paths(noVersions)).containsExactly("/Versions");
        Api.Reply badVersion = api().post(c.clientId + "/ConsentTypes/Terms/Versions", c.admin, """
                {"Version": "2", "Text": {"en": 1}, "Extra": null}""");
        assertProblem(badVersion, 400);
        assertThat(paths(badVersion)).containsExactlyInAnyOrder("/Extra", "/Version", "/Text/en");
    }

    @Test
    void preferenceTopicsNameTheirChannelsFrequenciesAndTheConsentTheyRequire() {
        ClientFixture c = client();
        api().post(c.clientId + "/ConsentTypes", c.admin, """
                {"Name": "MarketingSms", "Channel": "Phone", "Versions": [{"Version": 1, "Text": {"en": "Text me"}}]}""");
        api().post(c.clientId + "/ConsentTypes", c.admin, """
                {"Name": "Profiling", "Versions": [{"Version": 1, "Text": {"en": "Profile me"}}]}""");
        Api.Reply alerts = created(api().post(c.clientId + "/PreferenceTopics", c.admin, """
                {"Name": "Alerts", "Channels": ["phone"], "Frequencies": ["Daily", "Weekly"],
                 "RequiresConsent": "marketingsms", "SmsOnly": true, "DefaultOptIn": true}"""));
        assertThat(alerts.json()).isEqualTo(Api.parse("""
                {"Name": "Alerts", "Channels": ["Phone"], "Frequencies": ["Daily", "Weekly"],
                 "RequiresConsent": "MarketingSms", "SmsOnly": true, "DefaultOptIn": true}"""));
        Api.Reply news = created(api().post(c.clientId + "/PreferenceTopics", c.admin, """
                {"Name": "News", "Channels": ["Address", "Email"]}"""));
        assertThat(news.json()).isEqualTo(Api.parse("""
                {"Name": "News", "Channels": ["Email", "Address"], "Frequencies": [], "RequiresConsent": null,
                 "SmsOnly": false, "DefaultOptIn": false}"""));
        assertThat(api().get(c.clientId + "/PreferenceTopics", c.reader).array()).contains(alerts.json(), news.json());
        assertThat(api().get(c.clientId + "/PreferenceTopics/ALERTS", c.reader).json()).isEqualTo(alerts.json());
        assertProblem(api().get(c.clientId + "/PreferenceTopics/Nothing", c.reader), 404);

        assertProblem(api().post(c.clientId + "/PreferenceTopics", c.admin, """
                {"Name": "news", "Channels": ["Email"]}"""), 409);
        Api.Reply unknown = api().post(c.clientId + "/PreferenceTopics", c.admin, """
                {"Name": "Offers", "Channels": ["Email"], "RequiresConsent": "NoSuchConsent"}""");
        assertProblem(unknown, 404);
        assertThat(unknown.json().getString("detail")).contains("consent type", "NoSuchConsent");
        for (String body : new String[] {
            "{\"Name\": \"Offers\", \"Channels\": [\"Email\"], \"RequiresConsent\": \"MarketingSms\"}",
            "{\"Name\": \"Offers\", \"Channels\": [\"Email\", \"Phone\"], \"RequiresConsent\": \"MarketingSms\"}",
            "{\"Name\": \"Offers\", \"Channels\": [\"Email\"], \"RequiresConsent\": \"Profiling\"}"}) {
            Api.Reply refused = api().post(c.clientId + "/PreferenceTopics", c.admin, body);
            assertProblem(refused, 400);
            assertThat(paths(refused)).as(body).containsExactly("/RequiresConsent");
        }
        Api.Reply invalid = api().post(c.clientId + "/PreferenceTopics", c.admin, """
                {"Name": "a/b", "Channels": ["Email", "EMAIL"], "Frequencies": ["Weekly", "weekly"], "SmsOnly": true,
                 "DefaultOptIn": "yes"}""");
        assertProblem(invalid, 400);
        assertThat(paths(invalid)).containsExactly("/Name", "/Channels/1", "/Frequencies/1", "/DefaultOptIn");
        Api.Reply smsOnEmail = api().post(c.clientId + "/PreferenceTopics", c.admin, """
                {"Name": "Texts", "Channels": ["Email"], "SmsOnly": true}""");
        assertProblem(smsOnEmail, 400);
        assertThat(paths(smsOnEmail)).containsExactly("/SmsOnly");
        assertProblem(api().get(c.clientId + "/PreferenceTopics/Offers", c.reader), 404);
    }

    @Test
    void accessIsCheckedAsForTheRestOfTheConfiguration() {
        ClientFixture c = client();
        String other = Tokens.of("cadmin", "ClientAdmin", "SOMEONE-ELSE");
        for (String list : new String[] {"ContactTypes", "ConsentTypes", "PreferenceTopics", "ConsentTypes/Terms/Versions"}) {
            String path = c.clientId + "/" + list;
            assertUnauthorized(api().get(path, null));
            assertUnauthorized(api().post(path, null, "{not json"));
            assertProblem(api().get(path, other), 403);
            // role and scope before the body: a malformed body is never read for them
            assertProblem(api().post(path, c.editor, "{not json"), 403);
            assertProblem(api().post(path, c.reader, "{}"), 403);
            assertProblem(api().post(path, other, "{not json"), 403);
            assertProblem(api().post(path, c.admin, "{not json"), 400);
            String unknown = "NO-SUCH-CLIENT/" + list;
            assertProblem(api().get(unknown, Tokens.of("x", "ProfileReader", "NO-SUCH-CLIENT")), 404);
        }
        assertProblem(api().post("NO-SUCH-CLIENT/ContactTypes", Tokens.of("x", "ClientAdmin", "NO-SUCH-CLIENT"), """
                {"Name": "Work", "Channel": "Email"}"""), 404);
        assertProblem(api().get(c.clientId + "/ContactTypes/Personal", other), 403);
    }

    @Test
    void noClientMayTakeTheNameOfTheNewRoutes() {
        String system = Tokens.of("root", "SystemAdmin");
        for (String word : new String[] {"ContactTypes", "consenttypes", "PREFERENCETOPICS", "Versions", "Profiles",
            "ConsentStatus"}) {
            assertProblem(api().post("Clients", system, "{\"ClientId\": \"" + word + "\"}"), 400);
        }
    }
}
