package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The foundation over HTTP: tokens, roles and scope, problem+json, the client registry, OpenAPI, health. */
class PlatformIT extends ApiTest {

    private static final String ADMIN = Tokens.of("root", "SystemAdmin");

    @Test
    void aMissingTokenIs401WithABearerChallenge() {
        Api.Reply reply = api().get("Clients", null);
        assertUnauthorized(reply);
        assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void authenticationIsCheckedBeforeParametersAndBodies() {
        assertUnauthorized(api().get("DEMO/Profile", null));
        assertUnauthorized(api().post("Clients", null, "{not json"));
    }

    @Test
    void malformedExpiredWronglySignedAndForeignTokensAre401() {
        for (String token : new String[] {"not-a-jwt", ADMIN.substring(0, ADMIN.length() - 4) + "AAAA",
                Tokens.expired("root", "SystemAdmin"), Tokens.signedByAnotherKey("root", "SystemAdmin"),
                Tokens.fromIssuer("https://evil.example/issuer", "root", "SystemAdmin")}) {
            Api.Reply reply = api().get("Clients", token);
            assertUnauthorized(reply);
            assertThat(reply.header("WWW-Authenticate")).get().asString().startsWith("Bearer");
        }
    }

    @Test
    void tokensForAnotherAudienceOrIssuedInTheFutureOrTooLongAgoAre401() {
        Instant now = Instant.now();
        for (String token : new String[] {Tokens.token("root", "SystemAdmin").audience("another-api").sign(),
                Tokens.token("root", "SystemAdmin").audience(null).sign(),
                Tokens.token("root", "SystemAdmin").issuedAt(now.plusSeconds(300)).sign(),
                Tokens.token("root", "SystemAdmin").issuedAt(now.minusSeconds(7200)).sign()}) {
            Api.Reply reply = api().get("Clients", token);
            assertUnauthorized(reply);
            assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        }
    }

    @Test
    void aTokenThatNamesNoCallerIs401OnEveryServer() {
        // WildFly's JWT mechanism answers 500 to an empty upn; the error page makes it the 401 it is
        String token = Tokens.altered(claims -> claims.subject("").claim("upn", ""), "root", "SystemAdmin");
        Api.Reply reply = api().get("Clients", token);
        assertUnauthorized(reply);
        assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void aTokenIssuedAheadOfOurClockWithinTheSkewIsAccepted() {
        String token = Tokens.token("root", "SystemAdmin").issuedAt(Instant.now().plusSeconds(20)).sign();
        assertThat(api().get("Clients", token).status()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutTheRoleIs403() {
        Api.Reply reply = api().get("Clients", Tokens.of("ann", "ClientAdmin,ProfileEditor", "DEMO"));
        assertProblem(reply, 403);
        assertThat(reply.json().getString("detail")).contains("roles");
    }

    @Test
    void aTokenScopedToAnotherClientIs403() {
        Api.Reply reply = api().get("DEMO/CustomerTypes", Tokens.of("ann", "ProfileReader", "ACME"));
        assertProblem(reply, 403);
        assertThat(reply.json().getString("detail")).contains("scope").contains("DEMO");
    }

    @Test
    void theDemoClientIsThereOnTheEmbeddedDefault() {
        Api.Reply reply = api().get("Clients", ADMIN);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.array().getValuesAs(JsonObject.class))
                .anySatisfy(client -> assertThat(client.getString("ClientId")).isEqualTo("DEMO"));
    }

    @Test
    void registersAClientWithLocationAndRefusesTheSameIdInOtherLetterCase() {
        String id = "Reg-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = api().post("Clients", ADMIN, "{\"ClientId\":\"" + id + "\",\"DefaultLocale\":\"fr-CA\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).get().asString().endsWith("/Profiles/v4/Clients/" + id);
        assertThat(created.json().getString("ClientId")).isEqualTo(id);
        assertThat(created.json().getString("DefaultLocale")).isEqualTo("fr-CA");
        assertThat(api().get("Clients/" + id.toLowerCase(), ADMIN).json().getString("ClientId")).isEqualTo(id);

        Api.Reply again = api().post("Clients", ADMIN, "{\"ClientId\":\"" + id.toUpperCase() + "\"}");
        assertProblem(again, 409);
        assertThat(api().get("Clients", ADMIN).array().getValuesAs(JsonObject.class).stream()
                .filter(client -> client.getString("ClientId").equalsIgnoreCase(id))).hasSize(1);
    }

    @Test
    void refusesBadClientIdsAndLocales() {
        for (String body : new String[] {"{\"ClientId\":\"has space\"}", "{\"ClientId\":\"\"}", "{}",
                "{\"ClientId\":\"" + "x".repeat(65) + "\"}", "{\"ClientId\":42}",
                "{\"ClientId\":\"OK1\",\"DefaultLocale\":\"not a locale\"}", "{\"ClientId\":\"OK2\",\"Extra\":1}"}) {
            Api.Reply reply = api().post("Clients", ADMIN, body);
            assertProblem(reply, 400);
            assertThat(reply.json().getJsonArray("errors")).as(body).isNotEmpty();
        }
    }

    @Test
    void aClientAdminCannotRegisterClients() {
        Api.Reply reply = api().post("Clients", Tokens.of("ann", "ClientAdmin", "DEMO"), "{\"ClientId\":\"NOPE\"}");
        assertProblem(reply, 403);
        assertThat(api().get("Clients/NOPE", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void jaxRsOwnFailuresAreProblems() {
        assertProblem(api().get("NoSuchRoute/at/all", ADMIN), 404);
        Api.Reply notAllowed = api().send("DELETE", "Clients", ADMIN, null, null);
        assertProblem(notAllowed, 405);
        assertThat(notAllowed.header("Allow")).get().asString().contains("GET");
        assertProblem(api().send("POST", "Clients", ADMIN, "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(api().post("Clients", ADMIN, "{\"ClientId\":"), 400);
        assertProblem(api().post("Clients", ADMIN, "[1,2]"), 400);
        assertProblem(api().send("POST", "Clients", ADMIN, Api.JSON, new byte[] {'{', '"', (byte) 0xC3, '"'}), 400);
        assertProblem(api().post("Clients", ADMIN, "{\"ClientId\":\"A\",\"ClientId\":\"B\"}"), 400);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"ClientId\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        assertProblem(api().post("Clients", ADMIN, big), 413);
    }

    /**
     * A body several times the limit still gets its answer, though the server stops reading at the
     * limit. (On WildFly a fuzz case once got no answer to a 4 MB merge patch, seed 1796653983399; not
     * seen again, in its replay nor here.)
     */
    @Test
    void aBodyManyTimesTheLimitIs413Too() {
        for (int megabytes : new int[] {4, 8}) {
            String huge = "{\"ClientId\":\"" + "x".repeat(megabytes * 1024 * 1024) + "\"}";
            assertProblem(api().post("Clients", ADMIN, huge), 413);
        }
    }

    @Test
    void errorsOutsideTheApiAreProblemsToo() {
        Api.Reply reply = api().getAbsolute("Profiles/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void readinessReportsTheDatabase() {
        Api.Reply ready = api().health("ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.body()).contains("database").contains("UP");
    }

    @Test
    void theOpenApiDocumentNamesEveryRouteAndTheWireNames() {
        Api.Reply openapi = api().getAbsolute("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        String document = openapi.body();
        assertThat(document).contains("/Clients", "/{clientId}/Profile", "/{clientId}/Profile/{profileId}",
                "/{clientId}/AlternateIdTypes", "/{clientId}/CustomerTypes", "/{clientId}/CustomFields",
                "/{clientId}/ContactTypes", "/{clientId}/ConsentTypes", "/{clientId}/ConsentTypes/{name}/Versions",
                "/{clientId}/PreferenceTopics", "/{clientId}/Profiles", "/{clientId}/ConsentStatus",
                "bearer", "application/problem+json", "application/json-patch+json");
        JsonObject profile = api().get("DEMO/Profile?alternateIdType=CRM&alternateId=C-00042",
                Tokens.of("ann", "ProfileReader", "DEMO")).json();
        for (String property : profile.keySet()) {
            assertThat(document).as("OpenAPI names %s", property).contains(property + ":");
        }
        assertThat(document).doesNotContain("profileId:").doesNotContain("customerName:");
    }

    static void assertUnauthorized(Api.Reply reply) {
        assertProblem(reply, 401);
    }

    static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL");
    }
}
