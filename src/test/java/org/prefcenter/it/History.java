package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a profile's whole change history through the API, following the Link headers. */
public final class History {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private History() {
    }

    /**
     * Every change, newest first. {@code profilePath} is the profile's GET path: by ProfileId, or by
     * alternate id ({@code .../Profile?alternateIdType=...}).
     */
    public static List<JsonObject> changes(Api api, String profilePath, String token) {
        List<JsonObject> changes = new ArrayList<>();
        Api.Reply page = api.get(historyPath(profilePath) + (profilePath.contains("?") ? "&" : "?") + "limit=100",
                token);
        while (true) {
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            changes.addAll(page.json().getJsonArray("Changes").getValuesAs(JsonObject.class));
            String next = next(page);
            if (next == null) {
                return changes;
            }
            page = api.get(next.substring(next.indexOf("/Profiles/v4/") + "/Profiles/v4/".length()), token);
        }
    }

    static String historyPath(String profilePath) {
        int query = profilePath.indexOf('?');
        return query < 0 ? profilePath + "/History"
                : profilePath.substring(0, query) + "/History" + profilePath.substring(query);
    }

    /** The URI of the next page, or null. */
    static String next(Api.Reply page) {
        String link = page.header("Link").orElse(null);
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        assertThat(matcher.find()).as(link).isTrue();
        return matcher.group(1);
    }

    /** Every recorded Patch applied in order (oldest first) to the oldest entry's Base, or to an empty object. */
    public static JsonObject replay(List<JsonObject> newestFirst) {
        JsonObject oldest = newestFirst.get(newestFirst.size() - 1);
        JsonObject document = oldest.containsKey("Base") ? oldest.getJsonObject("Base") : JsonValue.EMPTY_JSON_OBJECT;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            document = Json.createPatch(newestFirst.get(i).getJsonArray("Patch")).apply(document);
        }
        return document;
    }

    /** The versions, newest first, are one gap-free sequence. */
    static void assertGapFree(List<JsonObject> newestFirst) {
        for (int i = 1; i < newestFirst.size(); i++) {
            assertThat(newestFirst.get(i).getJsonNumber("Version").longValue())
                    .isEqualTo(newestFirst.get(i - 1).getJsonNumber("Version").longValue() - 1);
        }
    }

    static long version(Api.Reply reply) {
        return Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", ""));
    }
}
