package org.prefcenter.profiles.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.DataType;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.entity.Profile;

/** The document rules of ProfileSchema, read without a server or a database. */
class ProfileReaderTest {

    private final Client client = client();

    private static Client client() {
        Client client = new Client("ACME", "en-US");
        client.addAlternateIdType("CRM", null);
        client.addCustomerType("Retail", true);
        client.addCustomerType("Commercial", false);
        client.addCustomField("Tier", DataType.SELECT_LIST, List.of("Gold", "Silver"), 4000);
        return client;
    }

    /** In JSON text, single quotes stand for double quotes. */
    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private ProfileReader.Result create(String body) {
        return ProfileReader.read(json(body), client, ProfileReader.Mode.CREATE, null, (type, value) -> null, 100);
    }

    private Profile created(String body) {
        ProfileReader.Result result = create(body);
        assertThat(result.violations()).isEmpty();
        Profile profile = new Profile(1L, "tester", Instant.parse("2026-11-29T10:15:30Z"));
        result.values().writeTo(profile);
        return profile;
    }

    @Test
    void anEmptyBodyTakesEveryDefault() {
        JsonObject document = ProfileDocument.of(created("{}"));

        assertThat(document).isEqualTo(json("{'ProfileId':null,'IsActive':true,'Edited':{'CreatedBy':'tester',"
                + "'CreatedDate':'2026-11-29T10:15:30Z','ModifiedBy':'tester','ModifiedDate':'2026-11-29T10:15:30Z'},"
                + "'RegistrationConfirmed':false,'CustomerType':'Retail','PreserveConsents':true,"
                + "'PreservePreferences':true,'CustomerName':{'Prefix':null,'FirstName':null,'MiddleName':null,"
                + "'LastName':null,'Suffix':null},'DefaultLocale':'en-US','AlternateIds':[],'CustomFields':[],"
                + "'UpdateStatus':'Complete'}"));
    }

    @Test
    void namesMatchCaseInsensitivelyAndConfigurationNamesTakeTheirStoredSpelling() {
        Profile profile = created("{'customertype':'commercial','ALTERNATEIDS':[{'alternateidtype':'crm',"
                + "'AlternateId':'c-1'}],'CustomFields':[{'name':'tier','value':'Gold'}],'ProfileId':5}");

        JsonObject document = ProfileDocument.of(profile);
        assertThat(document.getString("CustomerType")).isEqualTo("Commercial");
        assertThat(document.getJsonArray("AlternateIds").getJsonObject(0).getString("AlternateIdType")).isEqualTo("CRM");
        assertThat(document.getJsonArray("CustomFields").getJsonObject(0).getString("Name")).isEqualTo("Tier");
    }

    @Test
    void aWrittenDocumentReadsBackToTheSameValues() {
        Profile profile = created("{'IsActive':false,'CustomerName':{'FirstName':'Ada'},"
                + "'AlternateIds':[{'AlternateIdType':'CRM','AlternateId':'c-1'}]}");

        ProfileReader.Result again = ProfileReader.read(ProfileDocument.of(profile), client,
                ProfileReader.Mode.PATCH, null, (type, value) -> null, 100);

        assertThat(again.violations()).isEmpty();
        assertThat(again.values().differFrom(profile)).isFalse();
    }

    @Test
    void wrongTypesLengthsAndUnknownMembersAreInvalidAndAllReported() {
        ProfileReader.Result result = create("{'IsActive':'true','CustomerName':{'FirstName':'" + "x".repeat(101)
                + "','Nickname':'x'},'DefaultLocale':'!!','Colour':'red','CustomerType':'Wholesale'}");

        assertThat(result.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(result.violations()).extracting(Violation::path).containsExactlyInAnyOrder("/IsActive",
                "/CustomerName/Nickname", "/CustomerName/FirstName", "/DefaultLocale", "/Colour");
    }

    @Test
    void unknownReferencesComeBeforeConflicts() {
        assertThat(create("{'CustomerType':'Wholesale','CustomFields':[{'Name':'Tier','Value':'Gold'},"
                + "{'Name':'tier','Value':'Gold'}]}").violations())
                .containsExactly(Violation.at("/CustomerType", "unknown customer type 'Wholesale' for client 'ACME'"));
        ProfileReader.Result twice = create("{'CustomFields':[{'Name':'Tier','Value':'Gold'},{'Name':'tier','Value':'Gold'}]}");
        assertThat(twice.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(twice.violations()).extracting(Violation::path).containsExactly("/CustomFields/1/Name");
    }

    @Test
    void anAlternateIdOfAnotherProfileIsAConflictButItsOwnIsNot() {
        String body = "{'AlternateIds':[{'AlternateIdType':'CRM','AlternateId':'c-1'}]}";
        assertThat(ProfileReader.read(json(body), client, ProfileReader.Mode.CREATE, 7L, (type, value) -> 8L, 100).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(ProfileReader.read(json(body), client, ProfileReader.Mode.CREATE, 7L, (type, value) -> 7L, 100).valid())
                .isTrue();
    }

    @Test
    void afterAPatchRequiredPropertiesMayNotBeNull() {
        JsonObject patched = Json.createObjectBuilder(ProfileDocument.of(created("{}"))).addNull("IsActive")
                .addNull("CustomerType").addNull("DefaultLocale").addNull("AlternateIds").build();

        ProfileReader.Result result = ProfileReader.read(patched, client, ProfileReader.Mode.PATCH, null,
                (type, value) -> null, 100);

        assertThat(result.violations()).containsExactlyInAnyOrder(
                Violation.at("/IsActive", "must be a JSON boolean (true or false)"),
                Violation.at("/CustomerType", "is required"), Violation.at("/DefaultLocale", "is required"),
                Violation.at("/AlternateIds", "must be an array"));
    }

    @Test
    void anArrayHoldsAtMostItsCap() {
        String two = "{'AlternateIds':[{'AlternateIdType':'CRM','AlternateId':'1'},{'AlternateIdType':'CRM','AlternateId':'2'}]}";
        assertThat(ProfileReader.read(json(two), client, ProfileReader.Mode.CREATE, null, (type, value) -> null, 1)
                .violations()).containsExactly(Violation.at("/AlternateIds", "a profile holds at most 1 alternate ids"));
    }

    @Test
    void aCustomFieldValueMustSuitItsDefinition() {
        assertThat(create("{'CustomFields':[{'Name':'Tier','Value':'Platinum'}]}").violations())
                .extracting(Violation::path).containsExactly("/CustomFields/0/Value");
        assertThat(create("{'CustomFields':[{'Name':'Tier','Value':null}]}").valid()).isTrue();
    }
}
