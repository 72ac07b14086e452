package org.prefcenter.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.prefcenter.it.Tokens;

/** The service over real HTTP/1.1 (keep-alive connections), as the benchmark's clients use it. */
final class Service {

    static final String CLIENT = "BENCH";
    static final String WIDE_CLIENT = "WIDE";

    private static final String[] TIERS = {"Bronze", "Silver", "Gold"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Server server;
    private final String system = Tokens.of("root", "SystemAdmin");
    private final String editor = Tokens.of("bench", "ProfileEditor", CLIENT, WIDE_CLIENT);

    Service(Server server) {
        this.server = server;
    }

    /** Registers a client with alternate id type CRM and customer type Retail, through the API. */
    void register(String clientId) throws Exception {
        String admin = Tokens.of("admin", "ClientAdmin", clientId);
        expect(201, post("/Profiles/v4/Clients", system, "{\"ClientId\":\"" + clientId + "\"}"));
        expect(201, post("/Profiles/v4/" + clientId + "/AlternateIdTypes", admin, "{\"Name\":\"CRM\"}"));
        expect(201, post("/Profiles/v4/" + clientId + "/CustomerTypes", admin,
                "{\"Name\":\"Retail\",\"IsDefault\":true}"));
    }

    /** Adds the custom fields that {@link #patch(long)} writes: Tier (SelectList) and Note (Text). */
    void defineBenchFields() throws Exception {
        String admin = Tokens.of("admin", "ClientAdmin", CLIENT);
        expect(201, post("/Profiles/v4/" + CLIENT + "/CustomFields", admin,
                "{\"Name\":\"Tier\",\"DataType\":\"SelectList\",\"Options\":[\"Bronze\",\"Silver\",\"Gold\"]}"));
        expect(201, post("/Profiles/v4/" + CLIENT + "/CustomFields", admin, "{\"Name\":\"Note\",\"DataType\":\"Text\"}"));
    }

    /** Creates profile C-n through the API, as {@link BenchDatabase#loadProfiles} would store it. */
    String create(long n) throws Exception {
        HttpResponse<String> created = post("/Profiles/v4/" + CLIENT + "/Profile", editor,
                "{\"CustomerName\":{\"FirstName\":\"Ada\",\"LastName\":\"Lovelace\"},"
                        + "\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\"C-" + n + "\"}],"
                        + "\"CustomFields\":[{\"Name\":\"Tier\",\"Value\":\"Gold\"},{\"Name\":\"Note\",\"Value\":\"hello\"}]}");
        return created.statusCode() == 201 ? null : created.statusCode() + " " + created.body();
    }

    /** A random profile among the first {@code profiles} that belong to this thread (see {@link ClosedLoop.Caller}). */
    static long pick(long profiles, int thread, int threads) {
        return thread + threads * ThreadLocalRandom.current().nextLong((profiles - thread + threads - 1) / threads);
    }

    /**
     * The benchmark's PATCH by alternate id (given in another letter case than stored) of profile C-n:
     * a test, a name member replaced, two custom fields written (replace, and add onto an existing
     * member, which replaces it).
     */
    String patch(long n) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return patch(CLIENT, "c-" + n, "[{\"op\":\"test\",\"path\":\"/CustomerName/LastName\",\"value\":\"Lovelace\"},"
                + "{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Ada-" + random.nextInt() + "\"},"
                + "{\"op\":\"replace\",\"path\":\"/CustomFields/0/Value\",\"value\":\"" + TIERS[random.nextInt(3)] + "\"},"
                + "{\"op\":\"add\",\"path\":\"/CustomFields/1/Value\",\"value\":\"note-" + random.nextInt() + "\"}]");
    }

    /** A PATCH of the wide client's profile W-fields: a test, a name member and its first custom field. */
    String patchWide(int fields) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return patch(WIDE_CLIENT, "w-" + fields,
                "[{\"op\":\"test\",\"path\":\"/CustomerName/LastName\",\"value\":\"Lovelace\"},"
                        + "{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Ada-" + random.nextInt() + "\"},"
                        + "{\"op\":\"add\",\"path\":\"/CustomFields/0/Value\",\"value\":\"v-" + random.nextInt() + "\"}]");
    }

    String get(long n) throws Exception {
        HttpResponse<String> response = http.send(request("c-" + n, CLIENT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? null : response.statusCode() + " " + response.body();
    }

    private String patch(String clientId, String alternateId, String body) throws Exception {
        HttpResponse<String> response = http.send(request(alternateId, clientId)
                .header("Content-Type", "application/json-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? null : response.statusCode() + " " + response.body();
    }

    private HttpRequest.Builder request(String alternateId, String clientId) {
        return HttpRequest.newBuilder(server.uri("/Profiles/v4/" + clientId + "/Profile?alternateIdType=crm&alternateId="
                + alternateId)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + editor);
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> mergePatch(String path, String token, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
    }
}
