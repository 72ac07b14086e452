package org.prefcenter.it.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.Api;
import org.prefcenter.it.ClientFixture;
import org.prefcenter.it.Feed;

/**
 * Two stateless instances on one PostgreSQL, as behind a load balancer: what one writes the other
 * reads at once (no entity cache serves stale data), and racing PATCHes through both lose nothing.
 */
class TwoInstancesIT {

    private static PayaraInstance a;
    private static PayaraInstance b;
    private static String database;
    private static Timestamp created;
    private static ClientFixture client;

    @BeforeAll
    static void startBoth() throws Exception {
        // on a database of their own, empty: the suite's server has migrated the tests' one already
        created = Timestamp.from(Instant.now().minusSeconds(1));
        database = PostgresDatabase.createEmpty("two");
        // started together: both run the schema migration at once, Flyway's lock lets one apply it
        a = PayaraInstance.start("instance-a", database);
        b = PayaraInstance.start("instance-b", database);
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
        client = ClientFixture.create(a.api(), "TWO");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        PostgresDatabase.drop(database);
    }

    @Test
    void instancesStartedTogetherOnAnEmptyDatabaseApplyEachMigrationOnce() throws Exception {
        try (Connection db = DriverManager.getConnection(database, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
                Statement sql = db.createStatement();
                ResultSet applied = sql.executeQuery("select version, count(*), min(installed_on) from pc_schema_history"
                        + " where success group by version order by version")) {
            List<String> versions = new ArrayList<>();
            while (applied.next()) {
                assertThat(applied.getInt(2)).as("times version " + applied.getString(1) + " was applied").isEqualTo(1);
                assertThat(applied.getTimestamp(3)).as("version " + applied.getString(1) + " applied by these instances")
                        .isAfterOrEqualTo(created);
                versions.add(applied.getString(1));
            }
            assertThat(versions).as("versions applied").startsWith("1", "2", "3");
        }
    }

    @Test
    void aPatchThroughOneInstanceIsVisibleAtOnceThroughTheOther() {
        client.profile(a.api(), "T-1");
        String path = client.clientId + "/Profile?alternateIdType=CRM&alternateId=t-1";
        // B reads the profile first, so a cache of its own would now hold the old state
        assertThat(b.api().get(path, client.reader).json().getJsonObject("CustomerName").getString("FirstName"))
                .isEqualTo("Ada");

        for (int round = 1; round <= 5; round++) {
            PayaraInstance writer = round % 2 == 0 ? a : b;
            PayaraInstance reader = writer == a ? b : a;
            String name = "Round" + round;
            Api.Reply patched = writer.api().patch(path, client.editor,
                    "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"" + name + "\"}]");
            assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

            Api.Reply read = reader.api().get(path, client.reader);
            assertThat(read.json().getJsonObject("CustomerName").getString("FirstName")).isEqualTo(name);
            assertThat(read.header("ETag")).isEqualTo(patched.header("ETag")).isPresent();
        }
    }

    /**
     * Each instance keeps the documents it read, by version and time of the last change
     * (RecentDocuments). A row written behind the API is read afresh once either moved, as after a
     * restore from a backup, where a version comes back with another change; while neither moved, the
     * instance that read the profile gives the document it holds (DEPLOY.md says so), the other reads
     * the row.
     */
    @Test
    void aDocumentIsReadAgainWhenTheRowsVersionOrModifiedDateMoved() throws Exception {
        long id = client.profile(a.api(), "T-KEPT");
        String path = client.clientId + "/Profile?alternateIdType=CRM&alternateId=t-kept";
        assertThat(firstName(a, path)).isEqualTo("Ada");

        behindTheApi("update pc_profile set first_name = 'Behind' where id = ?", id);
        assertThat(firstName(a, path)).as("version and modified date as read: the document kept").isEqualTo("Ada");
        assertThat(firstName(b, path)).as("the other instance had not read it").isEqualTo("Behind");

        behindTheApi("update pc_profile set first_name = 'Restored', modified_date = modified_date + interval '1 second'"
                + " where id = ?", id);
        assertThat(firstName(a, path)).as("the same version with another modified date").isEqualTo("Restored");

        behindTheApi("update pc_profile set first_name = 'Moved', row_version = row_version + 1 where id = ?", id);
        assertThat(firstName(a, path)).as("another version").isEqualTo("Moved");
        assertThat(firstName(b, path)).isEqualTo("Moved");
    }

    /**
     * What an instance keeps of a change it made (the answer of a POST or a PATCH, once committed) is
     * the document the database gives: the other instance, reading the rows afresh, answers the same
     * JSON, with every kind of item the document has; and the instance that made the change answers
     * its next GET with it.
     */
    @Test
    void theDocumentKeptAfterAChangeIsTheOneTheDatabaseGives() {
        String base = client.clientId + "/";
        String[][] items = {
            {"ContactTypes", "{\"Name\": \"Personal\", \"Channel\": \"Email\"}"},
            {"ContactTypes", "{\"Name\": \"Mobile\", \"Channel\": \"Phone\"}"},
            {"ConsentTypes", "{\"Name\": \"MarketingEmail\", \"Channel\": \"Email\", \"Versions\": [{\"Version\": 1,"
                    + " \"EffectiveDate\": \"2026-01-01\", \"ExpirationDays\": 365, \"Text\": {\"en-US\": \"Offers\"}}]}"},
            {"PreferenceTopics", "{\"Name\": \"Newsletter\", \"Channels\": [\"Email\"], \"Frequencies\": [\"Weekly\"],"
                    + " \"RequiresConsent\": \"MarketingEmail\"}"}};
        for (String[] item : items) {
            Api.Reply made = a.api().post(base + item[0], client.admin, item[1]);
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
        }
        Api.Reply created = a.api().post(base + "Profile", client.editor, """
                {"CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"}, "DefaultLocale": "en-GB",
                 "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "T-SAME"}],
                 "CustomFields": [{"Name": "Tier", "Value": "Gold"}, {"Name": "Score", "Value": "12.50"}],
                 "Emails": [{"EmailAddress": "Ada@Example.org", "ContactType": "personal", "IsDefault": true,
                             "Consents": [{"ConsentType": "MarketingEmail", "Status": "Granted",
                                           "Source": {"IpAddress": "203.0.113.77"}}]}],
                 "Phones": [{"PhoneNumber": "07400 123456", "ContactType": "Mobile"}],
                 "Preferences": [{"Topic": "Newsletter", "Channel": "Email", "OptIn": true, "Frequency": "Weekly"}]}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = base + "Profile?alternateIdType=CRM&alternateId=t-same";
        sameEverywhere(created, path);

        Api.Reply patched = a.api().patch(path, client.editor, """
                [{"op": "replace", "path": "/CustomerName/FirstName", "value": "Augusta"},
                 {"op": "add", "path": "/AlternateIds/0", "value": {"AlternateIdType": "Loyalty", "AlternateId": "L-9"}},
                 {"op": "remove", "path": "/CustomFields/0"},
                 {"op": "add", "path": "/Emails/-", "value": {"EmailAddress": "ada@work.example", "ContactType": "Personal",
                   "Consents": [{"ConsentType": "MarketingEmail", "Status": "Denied"}]}},
                 {"op": "replace", "path": "/Emails/0/Consents/0/Status", "value": "Revoked"},
                 {"op": "remove", "path": "/Phones/0"}]""");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        sameEverywhere(patched, path);
    }

    /** The change's answer, a GET through the instance that made it (a) and through the other (b): one document. */
    private static void sameEverywhere(Api.Reply changed, String path) {
        Api.Reply kept = a.api().get(path, client.reader);
        Api.Reply fresh = b.api().get(path, client.reader);
        for (Api.Reply read : List.of(kept, fresh)) {
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.header("ETag")).isEqualTo(changed.header("ETag")).isPresent();
        }
        assertThat(fresh.json()).as("read from the database").isEqualTo(changed.json());
        assertThat(kept.json()).as("the answer a kept").isEqualTo(changed.json());
    }

    /**
     * ConsentStatus answers from the configuration an instance knows when it holds the consent type
     * (consent types are never changed or removed), and reads the current one for a type it lacks: a
     * type added through the other instance a moment ago is found, never refused with 404.
     */
    @Test
    void aConsentTypeAddedThroughOneInstanceIsAskedForThroughTheOther() {
        ClientFixture own = ClientFixture.create(a.api(), "TWOC");
        String base = own.clientId + "/";
        assertThat(a.api().post(base + "ConsentTypes", own.admin, """
                {"Name": "Calls", "Channel": "Phone", "Versions": [{"Version": 1, "EffectiveDate": "2026-01-01",
                 "Text": {"en-US": "Calls"}}]}""").status()).isEqualTo(201);
        String ask = "/ConsentStatus?email=ada%40example.org&consentType=";
        Api.Reply wrongChannel = b.api().get(own.clientId + ask + "Calls", own.reader);
        assertThat(wrongChannel.status()).as("B knows the configuration now: " + wrongChannel).isEqualTo(400);

        assertThat(a.api().post(base + "ConsentTypes", own.admin, """
                {"Name": "Letters", "Channel": "Email", "Versions": [{"Version": 1, "EffectiveDate": "2026-01-01",
                 "Text": {"en-US": "Letters"}}]}""").status()).isEqualTo(201);
        Api.Reply added = b.api().get(own.clientId + ask + "letters", own.reader);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().getString("ConsentType")).isEqualTo("Letters");
        assertThat(b.api().get(own.clientId + ask + "Nothing", own.reader).status()).isEqualTo(404);
    }

    private static String firstName(PayaraInstance instance, String path) {
        Api.Reply read = instance.api().get(path, client.reader);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json().getJsonObject("CustomerName").getString("FirstName");
    }

    private static void behindTheApi(String update, long profileId) throws Exception {
        try (Connection db = DriverManager.getConnection(database, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
                var statement = db.prepareStatement(update)) {
            statement.setLong(1, profileId);
            assertThat(statement.executeUpdate()).as(update).isEqualTo(1);
        }
    }

    /**
     * Blind patches racing through both instances are serialised by the row lock in PostgreSQL: every
     * one is answered 200 (none refused, none retried), every one is stored, the version moved once each.
     * A reader of the change feed through instance A, racing them, sees what the whole feed holds
     * afterwards, in the same order: each change once, the profile's versions one after another.
     */
    @Test
    void racingBlindPatchesThroughBothInstancesAllSucceedAndNoneIsLost() throws Exception {
        long profile = client.profile(a.api(), "T-RACE");
        String path = client.clientId + "/Profile?alternateIdType=CRM&alternateId=T-RACE";
        long versionBefore = version(a.api().get(path, client.reader));
        int writers = 8;
        int updatesEach = 10;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        Feed feed = new Feed(a.api(), client.clientId, client.reader);
        feed.drain(); // what came before the race
        List<JsonObject> seen = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<?> reading = pool.submit(() -> {
                while (writing.get()) {
                    seen.addAll(feed.poll(5));
                }
                return null;
            });
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                PayaraInstance instance = w % 2 == 0 ? a : b;
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int u = 0; u < updatesEach; u++) {
                        String id = "L-" + writer + "-" + u;
                        Api.Reply reply = instance.api().patch(path, client.editor, "[{\"op\":\"add\","
                                + "\"path\":\"/AlternateIds/-\",\"value\":{\"AlternateIdType\":\"Loyalty\","
                                + "\"AlternateId\":\"" + id + "\"}}]");
                        assertThat(reply.status()).as(instance.name + ": " + reply).isEqualTo(200);
                        acknowledged.add(id);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            writing.set(false);
            reading.get();
        } finally {
            pool.shutdownNow();
        }
        seen.addAll(feed.drain());

        Api.Reply read = b.api().get(path, client.reader);
        JsonObject stored = read.json();
        Set<String> ids = stored.getJsonArray("AlternateIds").getValuesAs(JsonObject.class).stream()
                .map(id -> id.getString("AlternateId")).collect(Collectors.toSet());
        System.out.printf("two instances: %d PATCHes acknowledged, %d ids stored%n", acknowledged.size(), ids.size());
        assertThat(acknowledged).hasSize(writers * updatesEach);
        assertThat(ids).containsAll(acknowledged).hasSize(writers * updatesEach + 1);
        // every acknowledged change moved the version on by exactly one: none overwrote another
        assertThat(version(read)).isEqualTo(versionBefore + writers * updatesEach);

        List<JsonObject> all = Feed.all(b.api(), client.clientId, client.reader);
        List<JsonObject> race = ofTheRace(all, profile, versionBefore);
        assertThat(eventIds(ofTheRace(seen, profile, versionBefore))).as("what the racing reader saw")
                .isEqualTo(eventIds(race)).hasSize(writers * updatesEach);
        for (int n = 0; n < race.size(); n++) {
            assertThat(race.get(n).getJsonNumber("Version").longValue()).isEqualTo(versionBefore + n + 1);
        }
    }

    /** The events of the patches raced on the profile (other tests write to the client too). */
    private static List<JsonObject> ofTheRace(List<JsonObject> events, long profile, long versionBefore) {
        return events.stream().filter(event -> event.getJsonNumber("ProfileId").longValue() == profile
                && event.getJsonNumber("Version").longValue() > versionBefore).collect(Collectors.toList());
    }

    private static List<String> eventIds(List<JsonObject> events) {
        return events.stream().map(event -> event.getString("EventId")).collect(Collectors.toList());
    }

    private static long version(Api.Reply reply) {
        return Long.parseLong(reply.header("ETag").orElseThrow().replace("\"", ""));
    }
}
