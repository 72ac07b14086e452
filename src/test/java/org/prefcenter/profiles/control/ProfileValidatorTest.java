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

/** The one validation of a profile document (ProfileJson's reading, ProfileValidator's rules), without a server. */
class ProfileValidatorTest {

    private final Client client = client();

    static Client client() {
        Client client = new Client("ACME", "en-US");
        client.addAlternateIdType("CRM", null);
        client.addCustomerType("Retail", true);
        client.addCustomerType("Commercial", false);
        client.addCustomField("Tier", DataType.SELECT_LIST, List.of("Gold", "Silver"), 4000);
        return client;
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private ProfileValidator validator(Long self, ProfileValidator.AlternateIdOwners owners, int maxAlternateIds) {
        return new ProfileValidator(client, self, null, owners, maxAlternateIds);
    }

    private ProfileValidator.Validated create(String body) {
        return validator(null, (type, value) -> null, 100).create(json(body));
    }

    private ProfileValidator.Validated patched(JsonObject document) {
        return validator(null, (type, value) -> null, 100).patched(document);
    }

    private Profile created(String body) {
        ProfileValidator.Validated result = create(body);
        assertThat(result.violations()).isEmpty();
        Instant at = Instant.parse("2026-11-29T10:15:30Z");
        Profile profile = new Profile(1L, "tester", at);
        profile.update(result.content(), "tester", at);
        return profile;
    }

    @Test
    void anEmptyBodyTakesEveryDefault() {
        assertThat(ProfileJson.write(created("{}"))).isEqualTo(json("""
                {"ProfileId":null,"IsActive":true,
                 "Edited":{"CreatedBy":"tester","CreatedDate":"2026-11-29T10:15:30Z",
                           "ModifiedBy":"tester","ModifiedDate":"2026-11-29T10:15:30Z"},
                 "RegistrationConfirmed":false,"CustomerType":"Retail","PreserveConsents":true,
                 "PreservePreferences":true,
                 "CustomerName":{"Prefix":null,"FirstName":null,"MiddleName":null,"LastName":null,"Suffix":null},
                 "DefaultLocale":"en-US","AlternateIds":[],"CustomFields":[],
                 "Emails":[],"Phones":[],"Addresses":[],"Consents":[],"Preferences":[],"UpdateStatus":"Complete"}
                """));
    }

    @Test
    void namesMatchCaseInsensitivelyAndConfigurationNamesTakeTheirStoredSpelling() {
        JsonObject document = ProfileJson.write(created("""
                {"customertype":"commercial","ALTERNATEIDS":[{"alternateidtype":"crm","AlternateId":"c-1"}],
                 "CustomFields":[{"name":"tier","value":"Gold"}],"ProfileId":5}
                """));

        assertThat(document.getString("CustomerType")).isEqualTo("Commercial");
        assertThat(document.getJsonArray("AlternateIds").getJsonObject(0).getString("AlternateIdType")).isEqualTo("CRM");
        assertThat(document.getJsonArray("CustomFields").getJsonObject(0).getString("Name")).isEqualTo("Tier");
        assertThat(document.get("ProfileId")).as("read-only members are ignored").isEqualTo(JsonObject.NULL);
    }

    @Test
    void aWrittenDocumentReadsBackToTheSameContent() {
        Profile profile = created("""
                {"IsActive":false,"CustomerName":{"FirstName":"Ada"},
                 "AlternateIds":[{"AlternateIdType":"CRM","AlternateId":"c-1"}],
                 "CustomFields":[{"Name":"Tier","Value":null}]}
                """);

        ProfileValidator.Validated again = patched(ProfileJson.write(profile));

        assertThat(again.violations()).isEmpty();
        assertThat(again.content()).isEqualTo(profile.content());
    }

    @Test
    void wrongTypesLengthsAndUnknownMembersAreInvalidAndAllReported() {
        ProfileValidator.Validated result = create("""
                {"IsActive":"true","CustomerName":{"FirstName":"%s","Nickname":"x"},"DefaultLocale":"!!",
                 "Colour":"red","CustomerType":"Wholesale","AlternateIds":[7]}
                """.formatted("x".repeat(101)));

        assertThat(result.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(result.violations()).extracting(Violation::path).containsExactlyInAnyOrder("/IsActive",
                "/CustomerName/Nickname", "/CustomerName/FirstName", "/DefaultLocale", "/Colour", "/AlternateIds/0");
    }

    @Test
    void unknownReferencesComeBeforeConflicts() {
        assertThat(create("""
                {"CustomerType":"Wholesale","CustomFields":[{"Name":"Tier","Value":"Gold"},{"Name":"tier","Value":"Gold"}]}
                """).violations())
                .containsExactly(Violation.at("/CustomerType", "unknown customer type 'Wholesale' for client 'ACME'"));

        ProfileValidator.Validated twice = create("""
                {"CustomFields":[{"Name":"Tier","Value":"Gold"},{"Name":"tier","Value":"Gold"}]}
                """);
        assertThat(twice.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(twice.violations()).extracting(Violation::path).containsExactly("/CustomFields/1/Name");
    }

    @Test
    void anItemAfterAMalformedOneIsNamedByItsOwnIndex() {
        assertThat(create("""
                {"CustomFields":["Tier=Gold",{"Name":"Tier","Value":"Platinum"}]}
                """).violations()).extracting(Violation::path).containsExactly("/CustomFields/0", "/CustomFields/1/Value");
    }

    @Test
    void anAlternateIdOfAnotherProfileIsAConflictButItsOwnIsNot() {
        JsonObject body = json("""
                {"AlternateIds":[{"AlternateIdType":"CRM","AlternateId":"c-1"}]}
                """);
        assertThat(validator(7L, (type, value) -> 8L, 100).create(body).kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(validator(7L, (type, value) -> 7L, 100).create(body).valid()).isTrue();
    }

    @Test
    void aClientWithoutADefaultCustomerTypeNeedsOneNamed() {
        Client bare = new Client("BARE", "fr-CA");
        ProfileValidator validator = new ProfileValidator(bare, null, null, (type, value) -> null, 100);
        assertThat(validator.create(json("{}")).violations()).containsExactly(Violation.at("/CustomerType",
                "is required: client 'BARE' has no default customer type"));

        bare.addCustomerType("Retail", false);
        assertThat(validator.create(json("{}")).content())
                .extracting(content -> content.customerType(), content -> content.defaultLocale())
                .containsExactly("Retail", "fr-CA");
    }

    @Test
    void afterAPatchRequiredPropertiesMayNotBeNull() {
        JsonObject patched = Json.createObjectBuilder(ProfileJson.write(created("{}"))).addNull("IsActive")
                .addNull("CustomerType").addNull("DefaultLocale").addNull("AlternateIds").build();

        assertThat(patched(patched).violations()).containsExactlyInAnyOrder(
                Violation.at("/IsActive", "must be a JSON boolean (true or false)"),
                Violation.at("/CustomerType", "is required"), Violation.at("/DefaultLocale", "is required"),
                Violation.at("/AlternateIds", "must be an array"));
    }

    @Test
    void afterAMergePatchAnAbsentRequiredPropertyWasSetToNull() {
        JsonObject merged = Json.createObjectBuilder(ProfileJson.write(created("{}"))).remove("IsActive")
                .remove("CustomFields").remove("CustomerName").build();

        assertThat(patched(merged).violations()).containsExactlyInAnyOrder(
                Violation.at("/IsActive", "is required and cannot be null"),
                Violation.at("/CustomFields", "is required and cannot be null"));
    }

    @Test
    void anArrayHoldsAtMostItsCap() {
        JsonObject two = json("""
                {"AlternateIds":[{"AlternateIdType":"CRM","AlternateId":"1"},{"AlternateIdType":"CRM","AlternateId":"2"}]}
                """);
        assertThat(validator(null, (type, value) -> null, 1).create(two).violations())
                .containsExactly(Violation.at("/AlternateIds", "a profile holds at most 1 alternate ids"));
    }

    @Test
    void aCustomFieldValueMustSuitItsDefinition() {
        assertThat(create("""
                {"CustomFields":[{"Name":"Tier","Value":"Platinum"}]}
                """).violations()).extracting(Violation::path).containsExactly("/CustomFields/0/Value");
        assertThat(create("""
                {"CustomFields":[{"Name":"Tier","Value":null}]}
                """).valid()).isTrue();
    }
}
