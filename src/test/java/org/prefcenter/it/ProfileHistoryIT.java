package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The change history: written with every stored change, nothing else, and read back page by page. */
class ProfileHistoryIT extends ApiTest {

    private ClientFixture client() {
        return sharedClient("HIST");
    }

    private String byCrm(String crm) {
        return client().clientId + "/Profile?alternateIdType=CRM&alternateId=" + crm;
    }

    private Api.Reply patch(String path, String body) {
        return api().patch(path, client().editor, body);
    }

    private Api.Reply merge(String path, String body) {
        return api().patch(path, client().editor, body, "application/merge-patch+json", null);
    }

    private List<JsonObject> history(String path) {
        return History.changes(api(), path, client().reader);
    }

    @Test
    void replayingEveryPatchFromAnEmptyObjectRebuildsTheCurrentDocument() {
        long id = client().profile(api(), "H-REPLAY");
        String path = byCrm("h-replay");
        assertThat(patch(path, "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/RegistrationConfirmed\",\"value\":true},"
                + "{\"op\":\"replace\",\"path\":\"/customertype\",\"value\":\"commercial\"},"
                + "{\"op\":\"replace\",\"path\":\"/PreserveConsents\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/PreservePreferences\",\"value\":false},"
                + "{\"op\":\"add\",\"path\":\"/CustomerName/Prefix\",\"value\":\"Dr\"},"
                + "{\"op\":\"remove\",\"path\":\"/CustomerName/LastName\"},"
                + "{\"op\":\"replace\",\"path\":\"/DefaultLocale\",\"value\":\"fr-CA\"},"
                + "{\"op\":\"add\",\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"loyalty\",\"AlternateId\":\"HL-1\"}},"
                + "{\"op\":\"add\",\"path\":\"/CustomFields/0\",\"value\":{\"Name\":\"score\",\"Value\":\"7\"}}]")
                .status()).isEqualTo(200);
        assertThat(merge(path, "{\"isactive\":true,\"RegistrationConfirmed\":false,\"CustomerType\":\"Retail\","
                + "\"PreserveConsents\":true,\"PreservePreferences\":true,"
                + "\"CustomerName\":{\"middlename\":\"King\",\"Prefix\":null,\"Suffix\":\"II\"},\"DefaultLocale\":\"en-GB\","
                + "\"AlternateIds\":[{\"AlternateIdType\":\"Loyalty\",\"AlternateId\":\"HL-2\"},"
                + "{\"alternateidtype\":\"crm\",\"alternateid\":\"H-REPLAY\"}],"
                + "\"CustomFields\":[{\"Name\":\"Note\",\"Value\":\"hi\"},{\"Name\":\"Tier\",\"Value\":null}]}")
                .status()).isEqualTo(200);
        assertThat(patch(path, "[{\"op\":\"remove\",\"path\":\"/CustomFields/1\"},"
                + "{\"op\":\"remove\",\"path\":\"/AlternateIds/0\"},"
                + "{\"op\":\"replace\",\"path\":\"/CustomFields/0/Value\",\"value\":null}]").status()).isEqualTo(200);
        assertThat(merge(path, "{\"CustomerName\":null}").status()).isEqualTo(200);

        Api.Reply current = api().get(path, client().reader);
        List<JsonObject> changes = history(path);
        assertThat(changes).extracting(change -> change.getString("Kind"))
                .containsExactly("MergePatch", "Patch", "MergePatch", "Patch", "Create");
        assertThat(History.replay(changes)).isEqualTo(current.json());
        History.assertGapFree(changes);
        JsonObject newest = changes.get(0);
        assertThat(newest.getString("ETag")).isEqualTo(current.header("ETag").orElseThrow());
        assertThat(newest.getJsonNumber("Version").longValue()).isEqualTo(History.version(current));
        assertThat(newest.getString("ModifiedBy")).isEqualTo("editor");
        assertThat(newest.getString("ModifiedDate"))
                .isEqualTo(current.json().getJsonObject("Edited").getString("ModifiedDate"));
        // the same history by ProfileId
        assertThat(history(client().clientId + "/Profile/" + id)).isEqualTo(changes);
    }

    @Test
    void anEntrySaysWhatWasSentAndEachValueItChangedFromOldToNew() {
        client().profile(api(), "H-AUDIT");
        String path = byCrm("h-audit");
        assertThat(patch(path, """
                [{"op": "TEST", "path": "/customername/lastname", "value": "Lovelace"},
                 {"op": "replace", "path": "/customfields/0/value", "value": "Silver"},
                 {"op": "add", "path": "/CustomFields/-", "value": {"name": "OptIn", "value": "true"}},
                 {"op": "remove", "path": "/CustomerName/FirstName"}]""").status()).isEqualTo(200);
        assertThat(merge(path, """
                {"customername": {"middlename": "King"}}""").status()).isEqualTo(200);

        List<JsonObject> changes = history(path);
        assertThat(changes.get(0).get("Request")).isEqualTo(json("""
                {"CustomerName": {"MiddleName": "King"}}"""));
        assertThat(changes.get(0).get("Changes")).isEqualTo(json("""
                [{"Path": "/CustomerName/MiddleName", "Old": null, "New": "King"}]"""));
        // the request as sent, in canonical names; a remove stays a remove
        assertThat(changes.get(1).get("Request")).isEqualTo(json("""
                [{"op": "test", "path": "/CustomerName/LastName", "value": "Lovelace"},
                 {"op": "replace", "path": "/CustomFields/0/Value", "value": "Silver"},
                 {"op": "add", "path": "/CustomFields/-", "value": {"Name": "OptIn", "Value": "true"}},
                 {"op": "remove", "path": "/CustomerName/FirstName"}]"""));
        // items by their natural key: the appended field is one addition, not a rename of the first
        assertThat(changes.get(1).get("Changes")).isEqualTo(json("""
                [{"Path": "/CustomerName/FirstName", "Old": "Ada", "New": null},
                 {"Path": "/CustomFields/0/Value", "Item": {"Name": "Tier"}, "Old": "Gold", "New": "Silver"},
                 {"Path": "/CustomFields/1", "Item": {"Name": "OptIn"}, "Old": null,
                  "New": {"Name": "OptIn", "Value": "true"}}]"""));
        JsonObject created = changes.get(2);
        assertThat(created.getJsonObject("Request").getJsonArray("CustomFields")).isEqualTo(json("""
                [{"Name": "Tier", "Value": "Gold"}]"""));
        assertThat(created.getJsonArray("Changes").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("Path")).contains("/CustomerName", "/AlternateIds", "/CustomFields")
                .doesNotContain("/Edited");
        assertThat(History.replay(changes)).isEqualTo(api().get(path, client().reader).json());
    }

    @Test
    void removingACustomFieldNamesItByItsNameAndItsOldValue() {
        client().profile(api(), "H-REMOVE");
        String path = byCrm("h-remove");
        assertThat(patch(path, """
                [{"op": "add", "path": "/CustomFields/0", "value": {"Name": "Note", "Value": "first"}}]""")
                .status()).isEqualTo(200);
        assertThat(patch(path, """
                [{"op": "remove", "path": "/CustomFields/1"}]""").status()).isEqualTo(200);
        List<JsonObject> changes = history(path);
        assertThat(changes.get(1).get("Changes")).as("an insertion at 0 moves Tier without changing it").isEqualTo(json("""
                [{"Path": "/CustomFields/0", "Item": {"Name": "Note"}, "Old": null, "New": {"Name": "Note", "Value": "first"}}]"""));
        assertThat(changes.get(0).get("Changes")).isEqualTo(json("""
                [{"Path": "/CustomFields/1", "Item": {"Name": "Tier"}, "Old": {"Name": "Tier", "Value": "Gold"}, "New": null}]"""));
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    @Test
    void theDemoProfileHasItsCreation() {
        String path = "DEMO/Profile?alternateIdType=CRM&alternateId=C-00042";
        String reader = Tokens.of("ann", "ProfileReader", "DEMO");
        List<JsonObject> changes = History.changes(api(), path, reader);
        assertThat(changes.get(changes.size() - 1).getString("Kind")).isEqualTo("Create");
        assertThat(History.replay(changes)).isEqualTo(api().get(path, reader).json());
    }

    @Test
    void racingPatchesLeaveOneEntryPerSuccessInAGapFreeSequence() throws Exception {
        client().profile(api(), "H-RACE");
        String path = byCrm("H-RACE");
        long created = History.version(api().get(path, client().reader));
        int threads = 8;
        int perThread = 10;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> successes = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                successes.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < perThread; i++) {
                        Api.Reply reply = patch(path, "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\","
                                + "\"value\":\"t" + thread + "-" + i + "\"}]");
                        // racing PATCHes run one after another (the row lock): a blind one never fails
                        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                        ok++;
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> success : successes) {
                ok += success.get();
            }
            Api.Reply current = api().get(path, client().reader);
            List<JsonObject> changes = history(path);
            assertThat(ok).isEqualTo(threads * perThread);
            assertThat(changes).hasSize(ok + 1);
            History.assertGapFree(changes);
            assertThat(History.version(current)).isEqualTo(created + ok);
            assertThat(changes.get(changes.size() - 1).getJsonNumber("Version").longValue()).isEqualTo(created);
            assertThat(History.replay(changes)).isEqualTo(current.json());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusedAndNoOpPatchesRecordNothing() {
        client().profile(api(), "H-NONE");
        String path = byCrm("H-NONE");
        Api.Reply before = api().get(path, client().reader);
        List<JsonObject> changes = history(path);
        assertProblem(patch(path, "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false},"
                + "{\"op\":\"test\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Bob\"}]"), 409);
        assertProblem(api().patch(path, client().editor, "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]",
                Api.JSON_PATCH, "\"999\""), 412);
        assertProblem(api().patch(path, client().editor, "{\"IsActive\":false}", "application/merge-patch+json",
                "\"999\""), 412);
        assertProblem(patch(path, "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/DefaultLocale\",\"value\":\"not a locale\"}]"), 400);
        assertProblem(merge(path, "{\"IsActive\":false,\"CustomerType\":\"Wholesale\"}"), 404);
        assertThat(patch(path, "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Ada\"}]")
                .status()).isEqualTo(200);
        assertThat(merge(path, "{\"CustomerName\":{\"FirstName\":\"Ada\"},\"IsActive\":true}").status())
                .isEqualTo(200);
        assertThat(patch(path, "[]").status()).isEqualTo(200);
        assertThat(history(path)).isEqualTo(changes).hasSize(1);
        assertThat(api().get(path, client().reader).header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void fortyFiveChangesReadTwentyAtATimeGiveThreePages() {
        client().profile(api(), "H-PAGES");
        String path = byCrm("H-PAGES");
        for (int i = 1; i < 45; i++) {
            assertThat(patch(path, "[{\"op\":\"replace\",\"path\":\"/CustomerName/MiddleName\",\"value\":\"m" + i
                    + "\"}]").status()).isEqualTo(200);
        }
        long newest = History.version(api().get(path, client().reader));
        String first = History.historyPath(path) + "&limit=20";
        Api.Reply page1 = api().get(first, client().reader);
        assertPage(page1, newest, 20);
        String next1 = History.next(page1);
        assertThat(next1).contains("before=" + (newest - 19)).contains("limit=20")
                .contains("alternateIdType=CRM").contains("alternateId=H-PAGES");
        Api.Reply page2 = api().get(relative(next1), client().reader);
        assertPage(page2, newest - 20, 20);
        String next2 = History.next(page2);
        assertThat(next2).contains("before=" + (newest - 39));
        Api.Reply page3 = api().get(relative(next2), client().reader);
        assertPage(page3, newest - 40, 5);
        assertThat(page3.header("Link")).isEmpty();
        assertThat(page3.json().getJsonArray("Changes").getJsonObject(4).getString("Kind")).isEqualTo("Create");

        Api.Reply defaults = api().get(History.historyPath(path), client().editor);
        assertPage(defaults, newest, 20);
        Api.Reply exact = api().get(History.historyPath(path) + "&limit=5&before=" + (newest - 39), client().reader);
        assertPage(exact, newest - 40, 5);
        assertThat(exact.header("Link")).isEmpty();
    }

    private static void assertPage(Api.Reply page, long newestVersion, int size) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonObject> changes = page.json().getJsonArray("Changes").getValuesAs(JsonObject.class);
        assertThat(changes).hasSize(size);
        assertThat(changes.get(0).getJsonNumber("Version").longValue()).isEqualTo(newestVersion);
        History.assertGapFree(changes);
    }

    private static String relative(String absolute) {
        return absolute.substring(absolute.indexOf("/Profiles/v4/") + "/Profiles/v4/".length());
    }

    @Test
    void historyRoutesAnswerLikeEveryOtherRoute() {
        long id = client().profile(api(), "H-ROUTE");
        String byId = client().clientId + "/Profile/" + id + "/History";
        String byAlternateId = client().clientId + "/Profile/History?alternateIdType=crm&alternateId=h-route";
        for (String path : List.of(byId, byAlternateId)) {
            Api.Reply read = api().get(path, client().reader);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().getJsonNumber("ProfileId").longValue()).isEqualTo(id);
            assertThat(api().get(path, client().editor).status()).isEqualTo(200);
            Api.Reply anonymous = api().get(path, null);
            assertProblem(anonymous, 401);
            assertThat(anonymous.header("WWW-Authenticate")).hasValue("Bearer");
            assertProblem(api().get(path, client().admin), 403);
            assertProblem(api().get(path, Tokens.of("reader", "ProfileReader", "SOMEONE-ELSE")), 403);
            assertProblem(api().get(path + (path.contains("?") ? "&" : "?") + "limit=0", client().reader), 400);
            assertProblem(api().get(path + (path.contains("?") ? "&" : "?") + "limit=101", client().reader), 400);
            assertProblem(api().get(path + (path.contains("?") ? "&" : "?") + "limit=ten", client().reader), 400);
            assertProblem(api().get(path + (path.contains("?") ? "&" : "?") + "before=v3", client().reader), 400);
            assertThat(api().get(path + (path.contains("?") ? "&" : "?") + "limit=100", client().reader).status())
                    .isEqualTo(200);
        }
        assertProblem(api().get(client().clientId + "/Profile/" + (id + 100_000) + "/History", client().reader), 404);
        assertProblem(api().get(client().clientId + "/Profile/abc/History", client().reader), 404);
        assertProblem(api().get(client().clientId + "/Profile/History?alternateIdType=CRM&alternateId=nobody",
                client().reader), 404);
        assertProblem(api().get(client().clientId + "/Profile/History?alternateIdType=Nope&alternateId=h-route",
                client().reader), 404);
        assertProblem(api().get(client().clientId + "/Profile/History?alternateIdType=CRM", client().reader), 400);
        assertProblem(api().get("NO-SUCH-CLIENT/Profile/History?alternateIdType=CRM&alternateId=x",
                Tokens.of("reader", "ProfileReader", "NO-SUCH-CLIENT")), 404);
    }
}
