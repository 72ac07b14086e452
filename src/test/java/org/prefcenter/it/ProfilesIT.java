package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Client configuration, and creating and reading profiles: every rule with its status. */
class ProfilesIT extends ApiTest {


    private ClientFixture client() {
        return sharedClient("PROF");
    }

    @Test
    void configurationIsListedToEveryRoleOfTheClientAndWrittenOnlyByClientAdmin() {
        ClientFixture c = client();
        for (String token : new String[] {c.reader, c.editor, c.admin}) {
            Api.Reply types = api().get(c.clientId + "/AlternateIdTypes", token);
            assertThat(types.status()).isEqualTo(200);
            assertThat(types.array().getValuesAs(JsonObject.class)).extracting(type -> type.getString("Name"))
                    .containsExactly("CRM", "Loyalty");
        }
        assertProblem(api().post(c.clientId + "/AlternateIdTypes", c.editor, "{\"Name\":\"X\"}"), 403);
        assertProblem(api().post(c.clientId + "/AlternateIdTypes", c.admin, "{\"Name\":\"crm\"}"), 409);
        assertProblem(api().post(c.clientId + "/AlternateIdTypes", c.admin, "{\"Name\":\"\"}"), 400);
        assertProblem(api().post(c.clientId + "/CustomFields", c.admin, "{\"Name\":\"Bad\",\"DataType\":\"Blob\"}"), 400);
        assertProblem(api().post(c.clientId + "/CustomFields", c.admin, "{\"Name\":\"tier\",\"DataType\":\"Text\"}"), 409);
        assertProblem(api().get("NO-SUCH-CLIENT/CustomerTypes", Tokens.of("x", "ProfileReader", "NO-SUCH-CLIENT")), 404);
    }

    @Test
    void makingAnotherCustomerTypeTheDefaultMovesTheDefault() {
        ClientFixture c = ClientFixture.create(api(), "DEF");
        Api.Reply created = api().post(c.clientId + "/CustomerTypes", c.admin, "{\"Name\":\"Marketing\",\"IsDefault\":true}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).get().asString().endsWith(c.clientId + "/CustomerTypes/Marketing");
        assertThat(api().get(c.clientId + "/CustomerTypes/marketing", c.reader).json().getBoolean("IsDefault")).isTrue();
        assertProblem(api().get(c.clientId + "/CustomFields/NoSuchField", c.reader), 404);
        List<JsonObject> types = api().get(c.clientId + "/CustomerTypes", c.reader).array().getValuesAs(JsonObject.class);
        assertThat(types).filteredOn(type -> type.getBoolean("IsDefault")).extracting(type -> type.getString("Name"))
                .containsExactly("Marketing");
        Api.Reply profile = api().post(c.clientId + "/Profile", c.editor, "{}");
        assertThat(profile.json().getString("CustomerType")).isEqualTo("Marketing");
    }

    @Test
    void createsTheWholeDocumentWithDefaultsLocationAndEtag() {
        ClientFixture c = client();
        Api.Reply created = api().post(c.clientId + "/Profile", c.editor,
                "{\"AlternateIds\":[{\"AlternateIdType\":\"crm\",\"AlternateId\":\"C-1\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject profile = created.json();
        long id = profile.getJsonNumber("ProfileId").longValue();
        // relative: the Host header is the client's to write (SecurityProbeIT)
        assertThat(created.header("Location")).hasValue("/Profiles/v4/" + c.clientId + "/Profile/" + id);
        assertThat(created.header("ETag")).get().asString().matches("\"\\d+\"");
        assertThat(profile.keySet()).containsExactly("ProfileId", "IsActive", "Edited", "RegistrationConfirmed",
                "CustomerType", "PreserveConsents", "PreservePreferences", "CustomerName", "DefaultLocale",
                "AlternateIds", "CustomFields", "Emails", "Phones", "Addresses", "Consents", "Preferences", "UpdateStatus");
        assertThat(profile.getBoolean("IsActive")).isTrue();
        assertThat(profile.getBoolean("RegistrationConfirmed")).isFalse();
        assertThat(profile.getBoolean("PreserveConsents")).isTrue();
        assertThat(profile.getString("CustomerType")).isEqualTo("Retail");
        assertThat(profile.getString("DefaultLocale")).isEqualTo("en-US");
        assertThat(profile.getString("UpdateStatus")).isEqualTo("Complete");
        assertThat(profile.getJsonObject("CustomerName").get("FirstName")).isEqualTo(JsonValue.NULL);
        assertThat(profile.getJsonObject("Edited").getString("CreatedBy")).isEqualTo("editor");
        assertThat(profile.getJsonObject("Edited").getString("CreatedDate")).endsWith("Z");
        assertThat(profile.getJsonArray("AlternateIds").getJsonObject(0).getString("AlternateIdType")).isEqualTo("CRM");

        Api.Reply read = api().get(c.clientId + "/Profile/" + id, c.reader);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(profile);
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void findsByAlternateIdInAnyLetterCase() {
        ClientFixture c = client();
        long id = c.profile(api(), "Case-Id-7");
        Api.Reply found = api().get(c.clientId + "/Profile?alternateIdType=crm&alternateId=CASE-id-7", c.reader);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().getJsonNumber("ProfileId").longValue()).isEqualTo(id);
        assertThat(found.header("ETag")).isPresent();
        assertProblem(api().get(c.clientId + "/Profile?alternateIdType=CRM&alternateId=nobody", c.reader), 404);
        assertProblem(api().get(c.clientId + "/Profile?alternateIdType=Nope&alternateId=Case-Id-7", c.reader), 404);
        assertProblem(api().get(c.clientId + "/Profile?alternateIdType=CRM", c.reader), 400);
        assertProblem(api().get(c.clientId + "/Profile?alternateIdType=%20&alternateId=x", c.reader), 400);
        assertProblem(api().get(c.clientId + "/Profile/99999999", c.reader), 404);
    }

    @Test
    void enforcesEveryRuleOfTheDocumentAtCreate() {
        ClientFixture c = client();
        String profile = c.clientId + "/Profile";
        String[] invalid = {
            "{\"IsActive\":\"true\"}", "{\"CustomerType\":42}", "{\"CustomerType\":\"" + "x".repeat(101) + "\"}",
            "{\"DefaultLocale\":\"english please\"}", "{\"DefaultLocale\":\"en-US-x-" + "a".repeat(20) + "\"}",
            "{\"CustomerName\":{\"FirstName\":\"" + "x".repeat(101) + "\"}}", "{\"CustomerName\":{\"Nick\":\"x\"}}",
            "{\"CustomerName\":{\"FirstName\":\"A\\u0000B\"}}", "{\"CustomerName\":{\"FirstName\":\"\\ud800\"}}",
            "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"\"}]}",
            "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"" + "x".repeat(257) + "\"}]}",
            "{\"AlternateIds\":{}}", "{\"CustomFields\":[{\"Name\":\"Tier\",\"Value\":\"Platinum\"}]}",
            "{\"CustomFields\":[{\"Name\":\"OptIn\",\"Value\":\"yes\"}]}",
            "{\"CustomFields\":[{\"Name\":\"Birth\",\"Value\":\"29/11/2026\"}]}",
            "{\"CustomFields\":[{\"Name\":\"Score\",\"Value\":\"ten\"}]}",
            "{\"CustomFields\":[{\"Name\":\"Note\",\"Value\":\"longer than ten\"}]}",
            "{\"CustomFields\":[{\"Name\":\"Score\",\"Value\":10}]}", "{\"Unknown\":1}"};
        for (String body : invalid) {
            Api.Reply reply = api().post(profile, c.editor, body);
            assertProblem(reply, 400);
            assertThat(reply.json().getJsonArray("errors")).as(body).isNotEmpty();
        }
        assertProblem(api().post(profile, c.editor, "{\"CustomerType\":\"Wholesale\"}"), 404);
        assertProblem(api().post(profile, c.editor,
                "{\"AlternateIds\":[{\"AlternateIdType\":\"Passport\",\"AlternateId\":\"P1\"}]}"), 404);
        assertProblem(api().post(profile, c.editor, "{\"CustomFields\":[{\"Name\":\"Shoe\",\"Value\":\"42\"}]}"), 404);
        assertProblem(api().post(profile, c.editor,
                "{\"CustomFields\":[{\"Name\":\"Tier\",\"Value\":\"Gold\"},{\"Name\":\"tier\",\"Value\":\"Gold\"}]}"), 409);
        c.profile(api(), "Taken-1");
        assertProblem(api().post(profile, c.editor,
                "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"TAKEN-1\"}]}"), 409);

        Api.Reply valid = api().post(profile, c.editor, "{\"customertype\":\"commercial\",\"DefaultLocale\":\"fr-CA\","
                + "\"CustomFields\":[{\"Name\":\"Tier\",\"Value\":\"Gold::Silver\"},{\"Name\":\"OptIn\",\"Value\":\"false\"},"
                + "{\"Name\":\"Birth\",\"Value\":\"1815-12-10\"},{\"Name\":\"Score\",\"Value\":\"-3.5\"},"
                + "{\"Name\":\"Note\",\"Value\":null}],\"ProfileId\":5,\"UpdateStatus\":\"Pending\"}");
        assertThat(valid.status()).as(valid.toString()).isEqualTo(201);
        assertThat(valid.json().getString("CustomerType")).isEqualTo("Commercial");
        assertThat(valid.json().getJsonNumber("ProfileId").longValue()).isNotEqualTo(5);
        assertThat(valid.json().getString("UpdateStatus")).isEqualTo("Complete");
        assertThat(valid.json().getJsonArray("CustomFields")).hasSize(5);
    }

    @Test
    void twoRacingCreatesOfOneAlternateIdMakeOneProfile() throws Exception {
        ClientFixture c = client();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Api.Reply created;
        try {
            List<Future<Api.Reply>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Api.Reply> create = () -> api().post(c.clientId + "/Profile", c.editor,
                        "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"race-1\"}]}");
                results.add(pool.submit(create));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> result : results) {
                replies.add(result.get());
            }
            assertThat(replies).extracting(Api.Reply::status).containsOnly(201, 409)
                    .filteredOn(status -> status == 201).hasSize(1);
            created = replies.stream().filter(reply -> reply.status() == 201).findFirst().orElseThrow();
        } finally {
            pool.shutdownNow();
        }
        // the alternate id finds the one profile that was created
        Api.Reply found = api().get(c.clientId + "/Profile?alternateIdType=CRM&alternateId=RACE-1", c.reader);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().getJsonNumber("ProfileId")).isEqualTo(created.json().getJsonNumber("ProfileId"));
    }

    @Test
    void clientsAreIsolatedFromEachOther() {
        ClientFixture a = client();
        ClientFixture b = ClientFixture.create(api(), "ISO");
        long inA = a.profile(api(), "Shared-9");
        long inB = b.profile(api(), "Shared-9");
        assertThat(inA).isNotEqualTo(inB);
        assertProblem(api().get(b.clientId + "/Profile/" + inA, b.reader), 404);
        assertProblem(api().get(a.clientId + "/Profile/" + inA, b.reader), 403);
        assertProblem(api().post(a.clientId + "/Profile", b.editor, "{}"), 403);
        assertThat(api().get(b.clientId + "/Profile?alternateIdType=CRM&alternateId=shared-9", b.reader)
                .json().getJsonNumber("ProfileId").longValue()).isEqualTo(inB);
    }

    @Test
    void aReaderMayReadButNotCreate() {
        ClientFixture c = client();
        assertProblem(api().post(c.clientId + "/Profile", c.reader, "{}"), 403);
        assertProblem(api().post(c.clientId + "/Profile", c.admin, "{}"), 403);
        assertProblem(api().post("DEMO/Profile", Tokens.of("ed", "ProfileEditor", "ACME"), "{}"), 403);
    }
}
