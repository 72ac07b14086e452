package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once reached the database or a URI unchecked: each gets its documented 4xx and stores
 * nothing, on every database.
 */
class InputSafetyIT extends ApiTest {

    private ClientFixture client() {
        return sharedClient("SAFE");
    }

    @Test
    void aConfigurationNameThatLooksLikeAUriTemplateIsStoredOnceAndItsLocationResolves() {
        String name = "{x}" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = api().post(client().clientId + "/AlternateIdTypes", client().admin,
                "{\"Name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location").orElseThrow();
        assertThat(location).endsWith("/AlternateIdTypes/%7Bx%7D" + name.substring(3));

        Api.Reply read = api().getAbsolute(location.substring(location.indexOf("/Profiles/")), client().reader);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getString("Name")).isEqualTo(name);
        assertProblem(api().post(client().clientId + "/AlternateIdTypes", client().admin,
                "{\"Name\":\"" + name + "\"}"), 409);
    }

    @Test
    void configurationNamesHoldNoSlashAndNoControlCharacters() {
        for (String name : new String[] {"a/b", "/", "tab\\there", "esc\\u001b"}) {
            Api.Reply refused = api().post(client().clientId + "/CustomerTypes", client().admin,
                    "{\"Name\":\"" + name + "\"}");
            assertProblem(refused, 400);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("path")).isEqualTo("/Name");
        }
    }

    @Test
    void aProfileIdIsAsciiDigitsAndOutsideTheApiAPatchIsAProblemToo() {
        long id = client().profile(api(), "DIGITS-" + UUID.randomUUID());
        String arabicIndic = String.valueOf(id).chars().mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0')))
                .collect(Collectors.joining());
        assertProblem(api().get(client().clientId + "/Profile/" + URLEncoder.encode(arabicIndic, StandardCharsets.UTF_8),
                client().reader), 404);
        Api.Reply outside = api().send("PATCH", "../Profile/" + id, client().editor, Api.JSON_PATCH, "[]".getBytes());
        // the default servlet serves no PATCH: 405 (Payara's own 501 turned into one), as problem+json
        assertThat(outside.status()).isEqualTo(405);
        assertThat(outside.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aScopeEntryWhoseUserIdIsTooLongGrantsNothingAndStoresNothing() {
        String crm = "LONG-" + UUID.randomUUID();
        String tooLong = Tokens.of("u".repeat(257), "ProfileEditor,ProfileReader", client().clientId);
        Api.Reply refused = api().post(client().clientId + "/Profile", tooLong,
                "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"" + crm + "\"}]}");
        assertProblem(refused, 403);
        assertProblem(api().get(client().clientId + "/Profile?alternateIdType=CRM&alternateId=" + crm,
                client().reader), 404);

        String longest = Tokens.of("u".repeat(256), "ProfileEditor", client().clientId);
        Api.Reply created = api().post(client().clientId + "/Profile", longest,
                "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"" + crm + "\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonObject("Edited").getString("CreatedBy")).hasSize(256);
    }

    @Test
    void controlCharactersAndOverlongQueryParametersAre400AndEchoedOnlyInPart() {
        String base = client().clientId + "/Profile?alternateIdType=CRM&alternateId=";
        for (String value : new String[] {"%00", "a%0Ab", "%7F", "%C2%85"}) {
            Api.Reply reply = api().get(base + value, client().reader);
            assertProblem(reply, 400);
            assertThat(reply.json().getString("detail")).contains("alternateId").contains("control characters");
        }
        // longer than any alternate id, well within what the HTTP server reads as a request line
        Api.Reply overlong = api().get(base + "x".repeat(1000), client().reader);
        assertProblem(overlong, 400);
        assertThat(overlong.json().getString("detail")).contains("at most 256");
        assertThat(overlong.body()).doesNotContain("x".repeat(65));

        Api.Reply unknown = api().get(base + "y".repeat(256), client().reader);
        assertProblem(unknown, 404);
        assertThat(unknown.body()).contains("y".repeat(64) + "...").doesNotContain("y".repeat(65));
    }

    @Test
    void clientIdsAreAsciiSoNoUnicodeCaseFoldingTurnsOneIntoAnother() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String clientId = "KIT-" + suffix;
        Api.Reply registered = api().post("Clients", Tokens.of("root", "SystemAdmin"),
                "{\"ClientId\":\"" + clientId + "\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String reader = Tokens.of("ann", "ProfileReader", clientId);
        assertThat(api().get("kit-" + suffix + "/CustomerTypes", reader).status()).isEqualTo(200);

        // KELVIN SIGN upper- and lower-cases to a plain "k", in the path and in a scope entry
        Api.Reply kelvinPath = api().get("%E2%84%AAIT-" + suffix + "/CustomerTypes", reader);
        assertProblem(kelvinPath, 400);
        assertThat(kelvinPath.json().getString("detail")).contains("ASCII");
        assertProblem(api().get(clientId + "/CustomerTypes", Tokens.of("ann", "ProfileReader", "\u212AIT-" + suffix)),
                403);
        assertProblem(api().post("Clients", Tokens.of("root", "SystemAdmin"), "{\"ClientId\":\"\u212AIT-x\"}"), 400);
    }

    @Test
    void aProfileHoldsAtMostTheCappedNumberOfAlternateIds() {
        String prefix = "CAP-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String tooMany = IntStream.rangeClosed(0, 100)
                .mapToObj(i -> "{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"" + prefix + i + "\"}")
                .collect(Collectors.joining(",", "{\"AlternateIds\":[", "]}"));
        Api.Reply refused = api().post(client().clientId + "/Profile", client().editor, tooMany);
        assertProblem(refused, 400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("path")).isEqualTo("/AlternateIds");
        assertProblem(api().get(client().clientId + "/Profile?alternateIdType=CRM&alternateId=" + prefix + 0,
                client().reader), 404);

        String full = tooMany.replace(",{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"" + prefix + "100\"}", "");
        Api.Reply created = api().post(client().clientId + "/Profile", client().editor, full);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = client().clientId + "/Profile/" + created.json().getJsonNumber("ProfileId").longValue();
        Api.Reply oneMore = api().patch(path, client().editor, "[{\"op\":\"add\",\"path\":\"/AlternateIds/-\","
                + "\"value\":{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"" + prefix + "100\"}}]");
        assertProblem(oneMore, 400);
        Api.Reply after = api().get(path, client().reader);
        assertThat(after.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(after.json().getJsonArray("AlternateIds")).hasSize(100);
    }

    @Test
    void aClientHoldsAtMostTheCappedNumberOfCustomerTypes() {
        ClientFixture own = ClientFixture.create(api(), "CAPS");
        int existing = api().get(own.clientId + "/CustomerTypes", own.reader).array().size();
        for (int i = existing; i < 100; i++) {
            Api.Reply added = api().post(own.clientId + "/CustomerTypes", own.admin, "{\"Name\":\"T" + i + "\"}");
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
        Api.Reply refused = api().post(own.clientId + "/CustomerTypes", own.admin, "{\"Name\":\"OneTooMany\"}");
        assertProblem(refused, 409);
        assertThat(refused.json().getString("detail")).contains("100");
        assertThat(api().get(own.clientId + "/CustomerTypes", own.reader).array()).hasSize(100);
    }

    @Test
    void noAnswerOfTheApiMayBeStoredByACache() {
        String path = client().clientId + "/Profile/" + client().profile(api(), "NS-" + UUID.randomUUID());
        Api.Reply read = api().get(path, client().reader);
        assertThat(read.header("Cache-Control")).hasValue("no-store");
        JsonObject profile = read.json();
        assertThat(api().patch(path, client().editor, "[]").header("Cache-Control")).hasValue("no-store");
        assertThat(api().get(path + "0", client().reader).header("Cache-Control")).hasValue("no-store");
        assertThat(profile.getString("UpdateStatus")).isEqualTo("Complete");
    }
}
