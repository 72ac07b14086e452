package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mission: PATCH a profile found by alternate id (or ProfileId) with restricted JSON Patch. */
class ProfilePatchIT extends ApiTest {

    private static int sequence;

    private ClientFixture client() {
        return sharedClient("PATCH");
    }

    /** A new profile; answers the PATCH/GET path that finds it by alternate id. */
    private String newProfile() {
        String crm;
        synchronized (ProfilePatchIT.class) {
            crm = "P-" + (++sequence);
        }
        client().profile(api(), crm);
        return client().clientId + "/Profile?alternateIdType=CRM&alternateId=" + crm.toLowerCase();
    }

    private Api.Reply patch(String path, String body) {
        return api().patch(path, client().editor, body);
    }

    private JsonObject read(String path) {
        return api().get(path, client().reader).json();
    }

    @Test
    void patchesByAlternateIdAndReturnsTheWholeProfileWithANewEtag() {
        String path = newProfile();
        Api.Reply before = api().get(path, client().reader);
        Api.Reply reply = patch(path, "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Augusta\"},"
                + "{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"OptIn\",\"Value\":\"true\"}},"
                + "{\"op\":\"test\",\"path\":\"/IsActive\",\"value\":true}]");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject profile = reply.json();
        assertThat(profile.getJsonObject("CustomerName").getString("FirstName")).isEqualTo("Augusta");
        assertThat(profile.getJsonArray("CustomFields")).hasSize(2);
        assertThat(profile.getJsonObject("Edited").getString("ModifiedBy")).isEqualTo("editor");
        assertThat(reply.header("ETag")).isPresent().isNotEqualTo(before.header("ETag"));
        assertThat(read(path)).isEqualTo(profile);
    }

    @Test
    void patchesByProfileIdToo() {
        long id = client().profile(api(), "BYID-1");
        Api.Reply reply = patch(client().clientId + "/Profile/" + id,
                "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getBoolean("IsActive")).isFalse();
    }

    @Test
    void everyOpOnEveryWritableProperty() {
        String path = newProfile();
        Api.Reply reply = patch(path, "["
                + "{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false},"
                + "{\"op\":\"add\",\"path\":\"/RegistrationConfirmed\",\"value\":true},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerType\",\"value\":\"commercial\"},"
                + "{\"op\":\"replace\",\"path\":\"/PreserveConsents\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/PreservePreferences\",\"value\":false},"
                + "{\"op\":\"add\",\"path\":\"/CustomerName/Prefix\",\"value\":\"Dr\"},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerName/MiddleName\",\"value\":\"King\"},"
                + "{\"op\":\"remove\",\"path\":\"/CustomerName/LastName\"},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerName/Suffix\",\"value\":\"II\"},"
                + "{\"op\":\"replace\",\"path\":\"/DefaultLocale\",\"value\":\"fr-CA\"},"
                + "{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"loyalty\",\"AlternateId\":\"L-1\"}},"
                + "{\"op\":\"replace\",\"path\":\"/CustomFields/0/Value\",\"value\":\"Silver\"},"
                + "{\"op\":\"add\",\"path\":\"/CustomFields/0\",\"value\":{\"Name\":\"Score\",\"Value\":\"7\"}}"
                + "]");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject p = reply.json();
        assertThat(p.getBoolean("IsActive")).isFalse();
        assertThat(p.getBoolean("RegistrationConfirmed")).isTrue();
        assertThat(p.getString("CustomerType")).isEqualTo("Commercial");
        assertThat(p.getBoolean("PreserveConsents")).isFalse();
        assertThat(p.getBoolean("PreservePreferences")).isFalse();
        assertThat(p.getJsonObject("CustomerName").getString("Prefix")).isEqualTo("Dr");
        assertThat(p.getJsonObject("CustomerName").get("LastName")).isEqualTo(JsonValue.NULL);
        assertThat(p.getString("DefaultLocale")).isEqualTo("fr-CA");
        assertThat(p.getJsonArray("AlternateIds").getJsonObject(1).getString("AlternateIdType")).isEqualTo("Loyalty");
        assertThat(p.getJsonArray("CustomFields").getJsonObject(0).getString("Name")).isEqualTo("Score");
        assertThat(p.getJsonArray("CustomFields").getJsonObject(1).getString("Value")).isEqualTo("Silver");
        // the added alternate id finds this profile, not just some profile
        Api.Reply byLoyalty = api().get(client().clientId + "/Profile?alternateIdType=LOYALTY&alternateId=l-1",
                client().reader);
        assertThat(byLoyalty.status()).as(byLoyalty.toString()).isEqualTo(200);
        assertThat(byLoyalty.json().getJsonNumber("ProfileId")).isEqualTo(p.getJsonNumber("ProfileId"));
    }

    @Test
    void removesArrayItemsInDescendingOrderAsTheSeedAdvises() {
        String path = newProfile();
        assertThat(patch(path, "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"OptIn\",\"Value\":\"true\"}},"
                + "{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"Score\",\"Value\":\"1\"}},"
                + "{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"Loyalty\",\"AlternateId\":\"rm-1\"}}]")
                .status()).isEqualTo(200);
        Api.Reply reply = patch(path, "[{\"op\":\"remove\",\"path\":\"/CustomFields/2\"},"
                + "{\"op\":\"remove\",\"path\":\"/CustomFields/0\"},{\"op\":\"remove\",\"path\":\"/AlternateIds/1\"}]");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("CustomFields")).hasSize(1);
        assertThat(reply.json().getJsonArray("CustomFields").getJsonObject(0).getString("Name")).isEqualTo("OptIn");
        assertThat(reply.json().getJsonArray("AlternateIds")).hasSize(1);
        assertThat(api().get(client().clientId + "/Profile?alternateIdType=Loyalty&alternateId=rm-1", client().reader)
                .status()).isEqualTo(404);
    }

    @Test
    void pathsAndOpsMatchCaseInsensitively() {
        String path = newProfile();
        Api.Reply reply = patch(path, "[{\"op\":\"REPLACE\",\"path\":\"/customername/firstname\",\"value\":\"Lo\"},"
                + "{\"op\":\"Test\",\"path\":\"/ISACTIVE\",\"value\":true}]");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonObject("CustomerName").getString("FirstName")).isEqualTo("Lo");
    }

    @Test
    void aFailedTestIs409AndStoresNothing() {
        String path = newProfile();
        Api.Reply before = api().get(path, client().reader);
        Api.Reply reply = patch(path, "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"X\"},"
                + "{\"op\":\"test\",\"path\":\"/CustomerName/LastName\",\"value\":\"Byron\"}]");
        assertProblem(reply, 409);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getInt("operation")).isEqualTo(1);
        assertUnchanged(path, before);
        assertThat(patch(path, "[{\"op\":\"test\",\"path\":\"/CustomerName/LastName\",\"value\":\"Lovelace\"}]")
                .status()).isEqualTo(200);
    }

    @Test
    void moveCopyAndUnknownOpsAre400NamingTheIndex() {
        String path = newProfile();
        for (String op : new String[] {"move", "copy", "merge"}) {
            Api.Reply reply = patch(path, "[{\"op\":\"test\",\"path\":\"/IsActive\",\"value\":true},"
                    + "{\"op\":\"" + op + "\",\"from\":\"/CustomerName/FirstName\",\"path\":\"/CustomerName/LastName\"}]");
            assertProblem(reply, 400);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getInt("operation")).isEqualTo(1);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains(op);
        }
    }

    @Test
    void readOnlyUnknownAndRequiredPathsAre400() {
        String path = newProfile();
        Api.Reply before = api().get(path, client().reader);
        String[] refused = {
            "[{\"op\":\"replace\",\"path\":\"/ProfileId\",\"value\":1}]",
            "[{\"op\":\"replace\",\"path\":\"/Edited/ModifiedBy\",\"value\":\"me\"}]",
            "[{\"op\":\"remove\",\"path\":\"/UpdateStatus\"}]",
            "[{\"op\":\"add\",\"path\":\"/Nickname\",\"value\":\"x\"}]",
            "[{\"op\":\"add\",\"path\":\"/CustomerName/Nickname\",\"value\":\"x\"}]",
            "[{\"op\":\"remove\",\"path\":\"/IsActive\"}]",
            "[{\"op\":\"remove\",\"path\":\"/CustomerType\"}]",
            "[{\"op\":\"remove\",\"path\":\"/AlternateIds/0/AlternateId\"}]",
            "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":\"true\"}]",
            "[{\"op\":\"replace\",\"path\":\"/DefaultLocale\",\"value\":null}]",
            "[{\"op\":\"replace\",\"path\":\"/DefaultLocale\",\"value\":\"!!\"}]",
            "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"" + "x".repeat(101) + "\"}]",
            "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"nul\\u0000\"}]",
            "[{\"op\":\"replace\",\"path\":\"/CustomFields/0/Value\",\"value\":\"Platinum\"}]",
            "[{\"op\":\"replace\",\"path\":\"/CustomFields/5/Value\",\"value\":\"Gold\"}]",
            "[{\"op\":\"replace\",\"path\":\"/CustomFields/01/Value\",\"value\":\"Gold\"}]",
            "[{\"op\":\"replace\",\"path\":\"/CustomFields/-\",\"value\":{}}]",
            "[{\"op\":\"replace\",\"path\":\"/CustomerName/First~2Name\",\"value\":\"x\"}]",
            "[{\"op\":\"replace\",\"path\":\"CustomerName\",\"value\":\"x\"}]",
            "[{\"op\":\"replace\",\"value\":\"x\"}]", "[{\"path\":\"/IsActive\",\"value\":true}]",
            "[{\"op\":\"replace\",\"path\":\"/IsActive\"}]", "[{\"op\":1,\"path\":\"/IsActive\",\"value\":true}]",
            "{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}", "[1]", "[{\"op\":\"replace\",\"path\":\"/__proto__\",\"value\":{}}]"};
        for (String body : refused) {
            Api.Reply reply = patch(path, body);
            assertProblem(reply, 400);
            assertThat(reply.json().containsKey("errors")).as(body).isTrue();
        }
        assertThat(patch(path, "[{\"op\":\"test\",\"path\":\"/ProfileId\",\"value\":"
                + before.json().getJsonNumber("ProfileId") + ".0}]").status()).isEqualTo(200);
        assertThat(patch(path, "[{\"op\":\"test\",\"path\":\"/edited/createdby\",\"value\":\"editor\"},"
                + "{\"op\":\"test\",\"path\":\"/UpdateStatus\",\"value\":\"Complete\"}]").status()).isEqualTo(200);
        assertUnchanged(path, before);
    }

    @Test
    void unknownReferencesAre404AndDuplicatesAre409() {
        String path = newProfile();
        String other = newProfile();
        String otherCrm = read(other).getJsonArray("AlternateIds").getJsonObject(0).getString("AlternateId");
        assertProblem(patch(path, "[{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"Passport\",\"AlternateId\":\"1\"}}]"), 404);
        assertProblem(patch(path, "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"Shoe\",\"Value\":\"1\"}}]"), 404);
        assertProblem(patch(path, "[{\"op\":\"replace\",\"path\":\"/CustomerType\",\"value\":\"Wholesale\"}]"), 404);
        assertProblem(api().patch("NOPE-CLIENT/Profile?alternateIdType=CRM&alternateId=x",
                Tokens.of("e", "ProfileEditor", "NOPE-CLIENT"), "[]"), 404);
        assertProblem(patch(client().clientId + "/Profile?alternateIdType=Passport&alternateId=x", "[]"), 404);
        assertProblem(patch(client().clientId + "/Profile?alternateIdType=CRM&alternateId=nobody", "[]"), 404);
        assertProblem(patch(path, "[{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"crm\",\"AlternateId\":\""
                + otherCrm.toUpperCase() + "\"}}]"), 409);
        assertProblem(patch(path, "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"tier\",\"Value\":\"Gold\"}}]"), 409);
        assertProblem(patch(client().clientId + "/Profile?alternateIdType=CRM", "[]"), 400);
    }

    @Test
    void anEmptyPatchAndAPatchThatChangesNothingKeepEdited() {
        String path = newProfile();
        Api.Reply before = api().get(path, client().reader);
        assertThat(patch(path, "[]").status()).isEqualTo(200);
        Api.Reply same = patch(path, "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Ada\"}]");
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.header("ETag")).isEqualTo(before.header("ETag"));
        assertUnchanged(path, before);
    }

    @Test
    void contentTypesOtherThanJsonPatchAreRefusedWith415() {
        String path = newProfile();
        Api.Reply reply = api().patch(path, client().editor, "[]", "text/plain", null);
        assertProblem(reply, 415);
        assertThat(reply.header("Accept-Patch")).hasValue("application/json-patch+json, application/merge-patch+json");
        assertThat(api().patch(path, client().editor, "[]", "application/json", null).status()).isEqualTo(200);
    }

    @Test
    void aStaleIfMatchIs412AndACurrentOneApplies() {
        String path = newProfile();
        Api.Reply before = api().get(path, client().reader);
        String etag = before.header("ETag").orElseThrow();
        Api.Reply stale = api().patch(path, client().editor,
                "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]", Api.JSON_PATCH, "\"999\"");
        assertProblem(stale, 412);
        assertUnchanged(path, before);
        Api.Reply weak = api().patch(path, client().editor,
                "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]", Api.JSON_PATCH, "W/" + etag);
        assertProblem(weak, 412);
        Api.Reply current = api().patch(path, client().editor,
                "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]", Api.JSON_PATCH, etag);
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
    }

    @Test
    void aPatchWhoseLastOpFailsLeavesTheProfileByteForByte() {
        String path = newProfile();
        Api.Reply before = api().get(path, client().reader);
        Api.Reply reply = patch(path, "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Changed\"},"
                + "{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"new-1\"}},"
                + "{\"op\":\"remove\",\"path\":\"/CustomFields/7\"}]");
        assertProblem(reply, 400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getInt("operation")).isEqualTo(2);
        assertUnchanged(path, before);
        assertThat(api().get(client().clientId + "/Profile?alternateIdType=CRM&alternateId=new-1", client().reader)
                .status()).isEqualTo(404);
    }

    @Test
    void hostilePatchesNeverCause500() {
        String path = newProfile();
        Api.Reply before = api().get(path, client().reader);
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"op\":\"test\",\"path\":\"/IsActive\",\"value\":true}");
        }
        String deep = "[{\"op\":\"add\",\"path\":\"/CustomerName/FirstName\",\"value\":" + "[".repeat(5000)
                + "]".repeat(5000) + "}]";
        String[] hostile = {many.append("]").toString(), deep,
            "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"" + "x".repeat(900_000) + "\"}]",
            "[{\"op\":\"replace\",\"path\":\"/" + "a/".repeat(20_000) + "b\",\"value\":1}]",
            "[{\"op\":\"add\",\"path\":\"/CustomerName\",\"value\":{\"__proto__\":{\"x\":1}}}]",
            "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":{\"Name\":\"Note\\u0000\",\"Value\":\"x\"}}]",
            "[{\"op\":\"replace\",\"path\":\"/CustomerType\",\"value\":{\"a\":[1,2,{}]}}]", "[null]", "null", "\"\"", ""};
        for (String body : hostile) {
            Api.Reply reply = patch(path, body);
            assertThat(reply.status()).as(reply.toString().substring(0, Math.min(300, reply.toString().length())))
                    .isBetween(400, 499);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertUnchanged(path, before);
    }

    /**
     * The README's promise: racing PATCHes run one after another, so every blind patch succeeds (no
     * 409, no 412) and every one is in the final state, the version moved once per patch.
     */
    @Test
    void racingBlindPatchesAllSucceedAndNoneIsLost() throws Exception {
        String path = newProfile();
        long versionBefore = version(api().get(path, client().reader));
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String body = "[{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"Loyalty\","
                        + "\"AlternateId\":\"race-" + i + "-" + path.hashCode() + "\"}}]";
                replies.add(pool.submit(() -> {
                    start.await(); // all at once, so that they queue for the profile's row lock
                    return patch(path, body);
                }));
            }
            for (Future<Api.Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Api.Reply read = api().get(path, client().reader);
        Set<String> ids = read.json().getJsonArray("AlternateIds").getValuesAs(JsonObject.class).stream()
                .map(id -> id.getString("AlternateId")).collect(Collectors.toSet());
        assertThat(ids).hasSize(1 + writers);
        for (int i = 0; i < writers; i++) {
            assertThat(ids).contains("race-" + i + "-" + path.hashCode());
        }
        assertThat(version(read)).isEqualTo(versionBefore + writers);
    }

    private static long version(Api.Reply reply) {
        return Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", ""));
    }

    @Test
    void rolesAndClientsAreEnforced() {
        String path = newProfile();
        String body = "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]";
        assertProblem(api().patch(path, client().reader, body), 403);
        assertProblem(api().patch(path, Tokens.of("x", "ProfileEditor", "DEMO"), body), 403);
        assertProblem(api().patch(path, null, body), 401);
        assertProblem(api().patch("DEMO/Profile?alternateIdType=CRM&alternateId=C-00042", client().editor, body), 403);
    }

    private void assertUnchanged(String path, Api.Reply before) {
        Api.Reply after = api().get(path, client().reader);
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    }
}
