package org.prefcenter.it;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the fuzz test runs against and what it knows of the stored state: its client (whose id holds
 * K, I, S and SS, letters that Unicode case folding reaches from other characters), a second client,
 * the profile under test and, as last read through the API, that profile and each list a POST adds to.
 */
final class FuzzWorld {

    /** A token minted long ago may expire during a long run. */
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(20);

    final Api api;
    final ClientFixture client;
    final ClientFixture other;
    final String systemAdmin;

    private final Map<String, String> tokens = new HashMap<>();
    private Instant tokensMinted = Instant.now();
    private final Map<String, Api.Reply> lists = new HashMap<>();
    private long targetId;
    private Api.Reply target;
    private int sequence;

    FuzzWorld(Api api) {
        this.api = api;
        this.client = ClientFixture.create(api, "FuzzKISS");
        this.other = ClientFixture.create(api, "FuzzOther");
        this.systemAdmin = Tokens.of("root", "SystemAdmin");
        configureContacts();
        newTarget();
    }

    /** The contact configuration that FuzzRoutes reads by name (Personal, MarketingEmail, Newsletter). */
    private void configureContacts() {
        String base = client.clientId + "/";
        for (String[] item : new String[][] {
            {"ContactTypes", "{\"Name\":\"Personal\",\"Channel\":\"Email\"}"},
            {"ConsentTypes", "{\"Name\":\"MarketingEmail\",\"Channel\":\"Email\",\"Versions\":[{\"Version\":1,"
                    + "\"Text\":{\"en-US\":\"Email me\"}}]}"},
            {"PreferenceTopics", "{\"Name\":\"Newsletter\",\"Channels\":[\"Email\"],\"Frequencies\":[\"Weekly\"],"
                    + "\"RequiresConsent\":\"MarketingEmail\"}"}}) {
            Api.Reply added = api.post(base + item[0], client.admin, item[1]);
            if (added.status() != 201) {
                throw new IllegalStateException("the fuzz world's " + item[0] + ": " + added);
            }
        }
    }

    /** A number of this run, for names that must be new. */
    int next() {
        return ++sequence;
    }

    /** A valid token for the grant, minted once (and again when old). */
    String token(FuzzCase.Grant grant) {
        if (Duration.between(tokensMinted, Instant.now()).compareTo(TOKEN_LIFE) > 0) {
            tokens.clear();
            tokensMinted = Instant.now();
        }
        return tokens.computeIfAbsent(grant.user() + "|" + grant.roles() + "|" + String.join(" ", grant.clients()),
                key -> Tokens.of(grant.user(), grant.roles(), grant.clients()));
    }

    long targetId() {
        return targetId;
    }

    JsonObject targetDocument() {
        return target.json();
    }

    String targetEtag() {
        return target.header("ETag").orElse("");
    }

    /** {@code Profile?alternateIdType=..&alternateId=..} naming the target's first alternate id. */
    String targetQuery() {
        JsonObject first = targetDocument().getJsonArray("AlternateIds").getJsonObject(0);
        return "alternateIdType=" + encode(first.getString("AlternateIdType")) + "&alternateId="
                + encode(first.getString("AlternateId"));
    }

    /** A fresh profile under test once fuzzed patches have worn the current one out. */
    void renewTargetIfWorn() {
        JsonObject document = targetDocument();
        if (document.getJsonArray("AlternateIds").isEmpty() || document.getJsonArray("AlternateIds").size() > 40
                || document.getJsonArray("CustomFields").size() > 40 || target.body().length() > 32_000) {
            newTarget();
        }
    }

    private void newTarget() {
        targetId = client.profile(api, "T-" + next());
        target = readTarget();
    }

    private Api.Reply readTarget() {
        Api.Reply reply = api.get(client.clientId + "/Profile/" + targetId, client.reader);
        if (reply.status() != 200) {
            throw new IllegalStateException("the profile under test cannot be read: " + reply);
        }
        return reply;
    }

    /** After a refused write: what changed in the stored profile, if anything. */
    Optional<String> targetChange() {
        Api.Reply now = readTarget();
        if (now.body().equals(target.body()) && now.header("ETag").equals(target.header("ETag"))) {
            return Optional.empty();
        }
        String change = "stored profile changed: ETag " + target.header("ETag").orElse("-") + " -> "
                + now.header("ETag").orElse("-") + "\n  before: " + Printable.cut(target.body(), 400)
                + "\n  after:  " + Printable.cut(now.body(), 400);
        target = now;
        return Optional.of(change);
    }

    /** After an accepted write: the profile as stored now; a mismatch of the answered ETag if any. */
    Optional<String> targetAccepted(Api.Reply write) {
        target = readTarget();
        if (write.header("ETag").isPresent() && !write.header("ETag").equals(target.header("ETag"))) {
            return Optional.of("the write answered ETag " + write.header("ETag").get() + " but a read then answers "
                    + target.header("ETag").orElse("none"));
        }
        return Optional.empty();
    }

    /** Whether a profile holds this CRM alternate id (after a refused create there must be none). */
    boolean profileWithCrmExists(String crm) {
        return api.get(client.clientId + "/Profile?alternateIdType=CRM&alternateId=" + encode(crm), client.reader)
                .status() != 404;
    }

    /** Remembers a list as it is before a POST that may add to it. */
    void rememberList(String list) {
        lists.computeIfAbsent(list, this::readList);
    }

    /** After a refused POST: how the list changed, if it did. */
    Optional<String> listChange(String list) {
        Api.Reply before = lists.get(list);
        Api.Reply now = readList(list);
        lists.put(list, now);
        if (now.body().equals(before.body())) {
            return Optional.empty();
        }
        return Optional.of("the list " + list + " changed:\n  before: " + Printable.cut(before.body(), 300)
                + "\n  after:  " + Printable.cut(now.body(), 300));
    }

    /** After an accepted POST: the list as it is now. */
    void listAccepted(String list) {
        lists.put(list, readList(list));
        // a consent type's versions are part of the list of consent types too
        int versions = list.indexOf("/ConsentTypes/");
        if (versions >= 0 && lists.containsKey(list.substring(0, versions) + "/ConsentTypes")) {
            listAccepted(list.substring(0, versions) + "/ConsentTypes");
        }
    }

    private Api.Reply readList(String list) {
        Api.Reply reply = api.get(list, list.equals("Clients") ? systemAdmin : client.reader);
        if (reply.status() != 200) {
            throw new IllegalStateException("the list " + list + " cannot be read: " + reply);
        }
        return reply;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
