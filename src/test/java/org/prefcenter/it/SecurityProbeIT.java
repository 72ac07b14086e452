package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.it.PlatformIT.assertProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a hostile client got through (issue 25), each sent as the probe sent it: every one now gets
 * its documented 4xx as problem+json, and stores nothing.
 */
class SecurityProbeIT extends ApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private ClientFixture client() {
        return sharedClient("PROBE");
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    @Test
    void aMergePatchNestedAThousandDeepIs400AndNoBodyIsReadBeforeRoleAndScope() {
        long id = client().profile(api(), "DEEP-" + UUID.randomUUID());
        String path = client().clientId + "/Profile/" + id;
        for (int depth : new int[] {999, 1000, 1001, 5000}) {
            byte[] body = nested(depth).getBytes(StandardCharsets.UTF_8);
            assertProblem(api().send("PATCH", path, client().editor, MERGE_PATCH, body), 400);
            // the role, then the scope, decide before the body is looked at
            assertProblem(api().send("PATCH", path, client().reader, MERGE_PATCH, body), 403);
            assertProblem(api().send("PATCH", path, Tokens.of("x", "ProfileEditor", "OTHER"), MERGE_PATCH, body), 403);
        }
        // the merge patch's reader is ours: duplicate member names are refused there too
        assertProblem(api().send("PATCH", path, client().editor, MERGE_PATCH,
                "{\"IsActive\":false,\"IsActive\":false}".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(api().get(path, client().reader).json().getBoolean("IsActive")).isTrue();
    }

    @Test
    void checksRunInTheDocumentedOrderForBodiesToo() {
        ClientFixture other = ClientFixture.create(api(), "PROBE2");
        // a ClientAdmin of one client posting to another: 403, whatever the body holds
        for (String body : new String[] {"{\"Name\":", "{\"Name\":\"" + "x".repeat(5000) + "\"}", "{\"Name\":\"ok\"}"}) {
            assertProblem(api().post(other.clientId + "/AlternateIdTypes", client().admin, body), 403);
            assertProblem(api().post(other.clientId + "/Profile", client().editor, body), 403);
        }
        assertProblem(api().post(other.clientId + "/AlternateIdTypes", other.reader, "{\"Name\":"), 403);
    }

    @Test
    void aBodyIsExactlyOneJsonValue() {
        long id = client().profile(api(), "TRAIL-" + UUID.randomUUID());
        String path = client().clientId + "/Profile/" + id;
        for (String patch : new String[] {"[] xyz", "[]]", "[]{}", "[] []", "[]\u0000"}) {
            assertProblem(api().patch(path, client().editor, patch), 400);
        }
        assertProblem(api().send("PATCH", path, client().editor, MERGE_PATCH,
                "{} garbage".getBytes(StandardCharsets.UTF_8)), 400);
        String crm = "TRAIL-" + UUID.randomUUID();
        assertProblem(api().post(client().clientId + "/Profile", client().editor,
                "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"" + crm + "\"}]} garbage"), 400);
        assertProblem(api().get(client().clientId + "/Profile?alternateIdType=CRM&alternateId=" + crm,
                client().reader), 404);
        assertThat(api().patch(path, client().editor, "[]  \n").status()).isEqualTo(200);
    }

    @Test
    void aTokenNotValidBeforeALaterTimeIs401() {
        String path = client().clientId + "/CustomerTypes";
        String ahead = Tokens.altered(claims -> claims.notBeforeTime(java.util.Date.from(Instant.now().plusSeconds(3600))),
                "ann", "ProfileReader", client().clientId);
        Api.Reply refused = api().get(path, ahead);
        assertProblem(refused, 401);
        assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        String past = Tokens.altered(claims -> claims.notBeforeTime(java.util.Date.from(Instant.now().minusSeconds(10))),
                "ann", "ProfileReader", client().clientId);
        assertThat(api().get(path, past).status()).isEqualTo(200);
    }

    @Test
    void aScopeEntryWhoseUserIdHoldsControlCharactersGrantsNothing() {
        String crm = "CTRL-" + UUID.randomUUID();
        for (String userId : new String[] {"a\u0007b\u001b[31m", "del\u007f", "c1\u0085", "nul\u0000"}) {
            String token = Tokens.altered(claims -> claims.claim("scope", client().clientId + "/" + userId),
                    "mallory", "ProfileEditor", client().clientId);
            assertProblem(api().post(client().clientId + "/Profile", token,
                    "{\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"" + crm + "\"}]}"), 403);
        }
        assertProblem(api().get(client().clientId + "/Profile?alternateIdType=CRM&alternateId=" + crm,
                client().reader), 404);
    }

    @Test
    void locationAndLinkNeverComeFromTheHostHeader() throws IOException {
        String body = "{\"Name\":\"Shop" + UUID.randomUUID().toString().substring(0, 8) + "\"}";
        String answer = raw("POST /Profiles/v4/" + client().clientId + "/AlternateIdTypes HTTP/1.1\r\n"
                + "Host: evil.example:666\r\nAuthorization: Bearer " + client().admin + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
                + body);
        assertThat(answer).startsWith("HTTP/1.1 201");
        assertThat(answer).doesNotContain("evil.example");
        assertThat(answer).containsPattern("(?i)\r\nLocation: /Profiles/v4/" + client().clientId + "/AlternateIdTypes/Shop");

        long id = client().profile(api(), "LINK-" + UUID.randomUUID());
        api().patch(client().clientId + "/Profile/" + id, client().editor,
                "[{\"op\":\"replace\",\"path\":\"/IsActive\",\"value\":false}]");
        String page = raw("GET /Profiles/v4/" + client().clientId + "/Profile/" + id + "/History?limit=1 HTTP/1.1\r\n"
                + "Host: evil.example:666\r\nAuthorization: Bearer " + client().reader + "\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
        assertThat(page).containsPattern("(?i)\r\nLink: </Profiles/v4/" + client().clientId + "/Profile/" + id
                + "/History\\?");
    }

    @Test
    void theServerShowsNoResourceModelAndEveryAnswerOfTheWarIsNoStore() {
        String reader = client().reader;
        assertThat(api().get("application.wadl", reader).status()).isEqualTo(404);
        Api.Reply options = api().send("OPTIONS", client().clientId + "/Profile", reader, null, null);
        assertThat(options.body()).doesNotContainIgnoringCase("wadl").doesNotContainIgnoringCase("jersey");
        assertThat(options.contentType()).doesNotContain("wadl");
        for (String file : new String[] {"Profiles/", "Profiles/js/api.js", "Profiles/console.css"}) {
            Api.Reply console = api().getAbsolute(file);
            assertThat(console.status()).as(file).isEqualTo(200);
            assertThat(console.header("Cache-Control")).as(file).hasValue("no-store");
        }
        assertThat(api().getAbsolute("Profiles/no-such-file").header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void propertyNamesFoldAsciiOnly() {
        long id = client().profile(api(), "FOLD-" + UUID.randomUUID());
        String path = client().clientId + "/Profile/" + id;
        assertProblem(api().patch(path, client().editor,
                "[{\"op\":\"replace\",\"path\":\"/Cu\u017ftomerName/FirstName\",\"value\":\"x\"}]"), 400);
        assertProblem(api().patch(path, client().editor,
                "[{\"op\":\"test\",\"path\":\"/Ed\u0131ted/CreatedBy\",\"value\":\"editor\"}]"), 400);
        assertProblem(api().send("PATCH", path, client().editor, MERGE_PATCH,
                "{\"Cu\u017ftomerName\":{\"FirstName\":\"x\"}}".getBytes(StandardCharsets.UTF_8)), 400);
        assertProblem(api().post(client().clientId + "/Profile", client().editor,
                "{\"Cu\u017ftomerName\":{\"FirstName\":\"x\"}}"), 400);
        // ASCII letter case still folds
        assertThat(api().patch(path, client().editor,
                "[{\"op\":\"test\",\"path\":\"/customername/FIRSTNAME\",\"value\":\"Ada\"}]").status()).isEqualTo(200);
    }

    @Test
    void namesThatArePathSegmentsAndValuesNoConsumerCanStoreAreRefused() {
        for (String name : new String[] {".", ".."}) {
            for (String list : new String[] {"AlternateIdTypes", "CustomerTypes", "CustomFields"}) {
                String body = list.equals("CustomFields") ? "{\"Name\":\"" + name + "\",\"DataType\":\"Text\"}"
                        : "{\"Name\":\"" + name + "\"}";
                assertProblem(api().post(client().clientId + "/" + list, client().admin, body), 400);
            }
        }
        long id = client().profile(api(), "EDGE-" + UUID.randomUUID());
        String path = client().clientId + "/Profile/" + id;
        for (String[] value : new String[][] {{"Score", "1e999999999"}, {"Score", "1e-999999"},
            {"Score", "1" + "0".repeat(38)}, {"Birth", "+999999999-12-31"}, {"Birth", "+10000-01-01"},
            {"Birth", "0000-01-01"}}) {
            assertProblem(api().patch(path, client().editor, "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":"
                    + "{\"Name\":\"" + value[0] + "\",\"Value\":\"" + value[1] + "\"}}]"), 400);
        }
        assertThat(api().patch(path, client().editor, "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":"
                + "{\"Name\":\"Score\",\"Value\":\"-" + "9".repeat(38) + "\"}},{\"op\":\"add\",\"path\":\"/CustomFields/-\","
                + "\"value\":{\"Name\":\"Birth\",\"Value\":\"9999-12-31\"}}]").status()).isEqualTo(200);
    }

    @Test
    void noClientIdIsARouteWord() {
        String system = Tokens.of("root", "SystemAdmin");
        for (String word : new String[] {"Clients", "clients", "CLIENTS", "Profile", "History", "AlternateIdTypes",
            "customertypes", "CustomFields"}) {
            Api.Reply refused = api().post("Clients", system, "{\"ClientId\":\"" + word + "\"}");
            assertProblem(refused, 400);
            assertThat(refused.json().getString("detail")).contains("route");
        }
    }

    @Test
    void aBodyThatTricklesInIsRefusedAndItsConnectionClosed() throws IOException {
        long id = client().profile(api(), "SLOW-" + UUID.randomUUID());
        long start = System.nanoTime();
        try (Socket socket = new Socket(api().uri("/").getHost(), api().uri("/").getPort())) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH /Profiles/v4/" + client().clientId + "/Profile/" + id + " HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer " + client().editor + "\r\nContent-Type: application/json-patch+json\r\n"
                    + "Content-Length: 100000\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder answer = new StringBuilder();
            InputStream in = socket.getInputStream();
            boolean closed = false;
            while (!closed && answer.isEmpty() && seconds(start) < 60) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException reset) {
                    closed = true;
                    break;
                }
                try {
                    int read = in.read();
                    if (read < 0) {
                        closed = true;
                    } else {
                        answer.append((char) read);
                        byte[] rest = new byte[4096];
                        int more = in.read(rest);
                        if (more > 0) {
                            answer.append(new String(rest, 0, more, StandardCharsets.ISO_8859_1));
                        }
                    }
                } catch (SocketTimeoutException nothingYet) {
                    // one more byte, a second later
                } catch (IOException reset) {
                    closed = true;
                }
            }
            double took = seconds(start);
            System.out.printf("slow sender: answered %s, closed %s, after %.1f s%n",
                    answer.isEmpty() ? "nothing" : answer.substring(0, Math.min(12, answer.length())), closed, took);
            assertThat(answer.toString()).startsWith("HTTP/1.1 408").contains("application/problem+json");
            assertThat(took).isLessThan(30);
        }
        assertThat(api().get(client().clientId + "/Profile/" + id, client().reader).json().getBoolean("IsActive"))
                .isTrue();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** One request as written, over a plain socket (java.net.http sets Host itself), and its whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(api().uri("/").getHost(), api().uri("/").getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
