package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Merge Patch (RFC 7396) of a profile, under the rules of JSON Patch. */
class MergePatchIT extends ApiTest {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private static int sequence;

    private ClientFixture client() {
        return sharedClient("MERGE");
    }

    /** A new profile; answers the path that finds it by alternate id. */
    private String newProfile() {
        String crm;
        synchronized (MergePatchIT.class) {
            crm = "M-" + (++sequence);
        }
        client().profile(api(), crm);
        return client().clientId + "/Profile?alternateIdType=CRM&alternateId=" + crm;
    }

    private Api.Reply merge(String path, String body) {
        return api().patch(path, client().editor, body, MERGE_PATCH, null);
    }

    private Api.Reply read(String path) {
        return api().get(path, client().reader);
    }

    /** A refused merge patch: the status, the member path it names, no operation index, nothing stored. */
    private JsonObject assertRefused(String path, String body, int status, String member) {
        Api.Reply before = read(path);
        Api.Reply reply = merge(path, body);
        assertProblem(reply, status);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("path")).as(reply.toString()).isEqualTo(member);
        assertThat(error.containsKey("operation")).as(reply.toString()).isFalse();
        Api.Reply after = read(path);
        assertThat(after.json()).isEqualTo(before.json());
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        return error;
    }

    @Test
    void aMergePatchAndTheEquivalentJsonPatchStoreTheSameDocument() {
        String merged = newProfile();
        String patched = newProfile();
        Api.Reply byMerge = merge(merged, "{\"IsActive\":false,\"RegistrationConfirmed\":true,"
                + "\"CustomerType\":\"Commercial\",\"PreserveConsents\":false,\"PreservePreferences\":false,"
                + "\"CustomerName\":{\"Prefix\":\"Dr\",\"FirstName\":\"Augusta\",\"LastName\":null,\"Suffix\":\"II\"},"
                + "\"DefaultLocale\":\"fr-CA\","
                + "\"AlternateIds\":[{\"AlternateIdType\":\"Loyalty\",\"AlternateId\":\"ML-1\"}],"
                + "\"CustomFields\":[{\"Name\":\"Score\",\"Value\":\"7\"},{\"Name\":\"Tier\",\"Value\":\"Silver\"}]}");
        assertThat(byMerge.status()).as(byMerge.toString()).isEqualTo(200);
        Api.Reply byPatch = api().patch(patched, client().editor, "["
                + "{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/RegistrationConfirmed\",\"value\":true},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerType\",\"value\":\"Commercial\"},"
                + "{\"op\":\"replace\",\"path\":\"/PreserveConsents\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/PreservePreferences\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerName/Prefix\",\"value\":\"Dr\"},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Augusta\"},"
                + "{\"op\":\"remove\",\"path\":\"/CustomerName/LastName\"},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerName/Suffix\",\"value\":\"II\"},"
                + "{\"op\":\"replace\",\"path\":\"/DefaultLocale\",\"value\":\"fr-CA\"},"
                + "{\"op\":\"replace\",\"path\":\"/AlternateIds\",\"value\":[{\"AlternateIdType\":\"Loyalty\",\"AlternateId\":\"ML-2\"}]},"
                + "{\"op\":\"add\",\"path\":\"/CustomFields/0\",\"value\":{\"Name\":\"Score\",\"Value\":\"7\"}},"
                + "{\"op\":\"replace\",\"path\":\"/CustomFields/1/Value\",\"value\":\"Silver\"}]");
        assertThat(byPatch.status()).as(byPatch.toString()).isEqualTo(200);
        // both alternate ids were replaced: read them back by ProfileId
        String mergedById = client().clientId + "/Profile/" + byMerge.json().getJsonNumber("ProfileId");
        String patchedById = client().clientId + "/Profile/" + byPatch.json().getJsonNumber("ProfileId");
        assertThat(comparable(read(mergedById).json())).isEqualTo(comparable(read(patchedById).json()));
        assertThat(comparable(byMerge.json())).isEqualTo(comparable(byPatch.json()));
        String kind = History.changes(api(), mergedById, client().reader).get(0).getString("Kind");
        assertThat(kind).isEqualTo("MergePatch");
    }

    /** The document without what differs between two profiles by nature: id, edits, alternate id values. */
    private static JsonObject comparable(JsonObject profile) {
        return Json.createObjectBuilder(profile).remove("ProfileId").remove("Edited")
                .add("AlternateIds", profile.getJsonArray("AlternateIds").size()).build();
    }

    @Test
    void memberNamesMatchCaseInsensitivelyAndTheByIdRouteTakesMergePatchesToo() {
        String path = newProfile();
        long id = read(path).json().getJsonNumber("ProfileId").longValue();
        Api.Reply reply = api().patch(client().clientId + "/Profile/" + id, client().editor,
                "{\"isactive\":false,\"CUSTOMERNAME\":{\"firstname\":\"Augusta\"},"
                        + "\"customfields\":[{\"name\":\"optin\",\"value\":\"true\"}]}", MERGE_PATCH, null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject profile = reply.json();
        assertThat(profile.getBoolean("IsActive")).isFalse();
        assertThat(profile.getJsonObject("CustomerName").getString("FirstName")).isEqualTo("Augusta");
        assertThat(profile.getJsonObject("CustomerName").getString("LastName")).isEqualTo("Lovelace");
        assertThat(profile.getJsonArray("CustomFields")).hasSize(1);
        assertThat(profile.getJsonArray("CustomFields").getJsonObject(0).getString("Name")).isEqualTo("OptIn");
        assertRefused(path, "{\"IsActive\":true,\"isactive\":false}", 400, "/IsActive");
    }

    @Test
    void readOnlyMembersAreAcceptedUnchangedAndRefusedChanged() {
        String path = newProfile();
        Api.Reply before = read(path);
        JsonObject current = before.json();
        Api.Reply same = merge(path, Json.createObjectBuilder().add("ProfileId", current.get("ProfileId"))
                .add("Edited", current.get("Edited")).add("UpdateStatus", "Complete").build().toString());
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(same.header("ETag")).isEqualTo(before.header("ETag"));
        assertRefused(path, "{\"ProfileId\":1}", 400, "/ProfileId");
        assertRefused(path, "{\"Edited\":{\"ModifiedBy\":\"mallory\"}}", 400, "/Edited/ModifiedBy");
        assertRefused(path, "{\"Edited\":null}", 400, "/Edited");
        assertRefused(path, "{\"UpdateStatus\":\"Pending\",\"IsActive\":false}", 400, "/UpdateStatus");
    }

    @Test
    void unknownMembersAreRefused() {
        String path = newProfile();
        assertRefused(path, "{\"Nickname\":\"Ada\"}", 400, "/Nickname");
        assertRefused(path, "{\"CustomerName\":{\"Nick\":\"A\"}}", 400, "/CustomerName/Nick");
        assertRefused(path, "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"x\",\"Extra\":1}]}",
                400, "/AlternateIds/0/Extra");
    }

    @Test
    void nullSetsANullablePropertyAndIsRefusedOnARequiredOne() {
        String path = newProfile();
        Api.Reply reply = merge(path, "{\"CustomerName\":{\"LastName\":null}}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonObject("CustomerName").get("LastName")).isEqualTo(JsonValue.NULL);
        assertThat(reply.json().getJsonObject("CustomerName").getString("FirstName")).isEqualTo("Ada");
        reply = merge(path, "{\"CustomerName\":null}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonObject("CustomerName").get("FirstName")).isEqualTo(JsonValue.NULL);
        for (String required : List.of("CustomerType", "DefaultLocale", "IsActive", "AlternateIds", "CustomFields")) {
            JsonObject error = assertRefused(path, "{\"" + required.toLowerCase() + "\":null}", 400, "/" + required);
            assertThat(error.getString("message")).contains("required");
        }
        assertRefused(path, "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":null}]}", 400,
                "/AlternateIds/0/AlternateId");
    }

    @Test
    void arraysAreReplacedWhole() {
        String path = newProfile();
        Api.Reply reply = merge(path, "{\"AlternateIds\":[{\"AlternateIdType\":\"Loyalty\",\"AlternateId\":\"MA-1\"},"
                + "{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"MA-2\"}],\"CustomFields\":[]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("AlternateIds").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("AlternateId")).containsExactly("MA-1", "MA-2");
        assertThat(reply.json().getJsonArray("CustomFields")).isEmpty();
        assertThat(read(path).status()).isEqualTo(404);
        assertThat(read(client().clientId + "/Profile?alternateIdType=loyalty&alternateId=ma-1").json())
                .isEqualTo(reply.json());
    }

    @Test
    void theWholeResultIsValidatedAndNothingIsStoredWhenAnythingFails() {
        String path = newProfile();
        assertRefused(path, "{\"CustomerName\":{\"FirstName\":\"Augusta\"},\"DefaultLocale\":\"not a locale\"}", 400,
                "/DefaultLocale");
        assertRefused(path, "{\"IsActive\":\"false\"}", 400, "/IsActive");
        assertRefused(path, "{\"CustomerName\":\"Ada\"}", 400, "/CustomerName");
        assertRefused(path, "{\"CustomFields\":[{\"Name\":\"Score\",\"Value\":\"seven\"}]}", 400,
                "/CustomFields/0/Value");
        assertRefused(path, "{\"IsActive\":false,\"CustomFields\":[{\"Name\":\"Colour\",\"Value\":\"red\"}]}", 404,
                "/CustomFields/0/Name");
        assertRefused(path, "{\"IsActive\":false,\"CustomerType\":\"Wholesale\"}", 404, "/CustomerType");
    }

    @Test
    void conflictsAre409() {
        String path = newProfile();
        String other = newProfile();
        String taken = other.substring(other.lastIndexOf('=') + 1);
        assertRefused(path, "{\"IsActive\":false,\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\""
                + taken.toLowerCase() + "\"}]}", 409, "/AlternateIds/0");
        assertRefused(path, "{\"CustomFields\":[{\"Name\":\"Tier\",\"Value\":\"Gold\"},{\"Name\":\"tier\",\"Value\":null}]}",
                409, "/CustomFields/1/Name");
    }

    @Test
    void ifMatchGuardsAMergePatch() {
        String path = newProfile();
        String etag = read(path).header("ETag").orElseThrow();
        assertProblem(api().patch(path, client().editor, "{\"IsActive\":false}", MERGE_PATCH, "\"12345\""), 412);
        Api.Reply reply = api().patch(path, client().editor, "{\"IsActive\":false}", MERGE_PATCH, etag);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("ETag")).isPresent().isNotEqualTo(etag);
    }

    @Test
    void aBodyThatIsNotAJsonObjectIs400AndOtherContentTypesAre415() {
        String path = newProfile();
        assertProblem(merge(path, "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]"), 400);
        assertProblem(merge(path, "\"IsActive\""), 400);
        assertProblem(merge(path, "{\"IsActive\":"), 400);
        Api.Reply unsupported = api().patch(path, client().editor, "{}", "application/xml", null);
        assertProblem(unsupported, 415);
        assertThat(unsupported.header("Accept-Patch"))
                .hasValue("application/json-patch+json, application/merge-patch+json");
        assertProblem(api().patch(path, client().reader, "{\"IsActive\":false}", MERGE_PATCH, null), 403);
        assertProblem(api().patch(path, null, "{\"IsActive\":false}", MERGE_PATCH, null), 401);
    }
}
