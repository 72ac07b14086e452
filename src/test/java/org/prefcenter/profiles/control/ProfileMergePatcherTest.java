package org.prefcenter.profiles.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.prefcenter.profiles.control.ProfileValidatorTest.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.entity.AlternateId;
import org.prefcenter.profiles.entity.Profile;
import org.prefcenter.profiles.entity.ProfileContent;

/** JSON Merge Patch (RFC 7396) of a profile under the document's rules, without a server. */
class ProfileMergePatcherTest {

    private final ProfileValidator validator =
            new ProfileValidator(ProfileValidatorTest.client(), 1L, null, (type, value) -> null, 100);

    private final JsonObject document = document();

    private JsonObject document() {
        Instant at = Instant.parse("2026-11-29T10:15:30Z");
        Profile profile = new Profile(1L, "tester", at);
        profile.update(validator.create(json("""
                {"CustomerName":{"FirstName":"Ada","LastName":"Lovelace"},
                 "AlternateIds":[{"AlternateIdType":"CRM","AlternateId":"c-1"}],
                 "CustomFields":[{"Name":"Tier","Value":"Silver"}]}
                """)).content(), "tester", at);
        // as stored: a profile made here has no id yet
        return Json.createObjectBuilder(ProfileJson.write(profile)).add("ProfileId", 1).build();
    }

    private ProfilePatcher.PatchResult merge(String patch) {
        return ProfileMergePatcher.patch(document, json(patch), validator);
    }

    private Refusal refusal(String patch) {
        return catchThrowableOfType(() -> merge(patch), Refusal.class);
    }

    @Test
    void membersMergeByTheirCaseInsensitiveNamesAndNullClearsANullableOne() {
        ProfileContent content = merge("""
                {"isactive":false,"customername":{"firstname":null,"Prefix":"Countess"}}
                """).content();

        assertThat(content.isActive()).isFalse();
        assertThat(content.customerName()).isEqualTo(new ProfileContent.Name("Countess", null, null, "Lovelace", null));
        assertThat(content.alternateIds()).containsExactly(new AlternateId.Item("CRM", "c-1"));
    }

    @Test
    void anArrayIsReplacedWholeAndItsItemsAreValidated() {
        assertThat(merge("""
                {"AlternateIds":[{"alternateidtype":"crm","AlternateId":"c-2"}]}
                """).content().alternateIds()).containsExactly(new AlternateId.Item("CRM", "c-2"));

        assertThat(refusal("""
                {"CustomFields":[{"Name":"Tier","Value":"Platinum"}]}
                """).violations()).extracting(Violation::path).containsExactly("/CustomFields/0/Value");
    }

    @Test
    void theRequestIsRecordedInCanonicalNames() {
        assertThat(merge("""
                {"customername":{"PREFIX":"Countess"},"ALTERNATEIDS":[{"alternateidtype":"CRM","alternateid":"c-1"}]}
                """).request()).isEqualTo(json("""
                {"CustomerName":{"Prefix":"Countess"},"AlternateIds":[{"AlternateIdType":"CRM","AlternateId":"c-1"}]}
                """));
    }

    @Test
    void aReadOnlyMemberMayRepeatItsValueButNotChangeIt() {
        assertThat(merge("""
                {"ProfileId":1.0,"Edited":{"CreatedBy":"tester"},"UpdateStatus":"Complete"}
                """).content()).isEqualTo(validator.patched(document).content());

        Refusal changed = refusal("""
                {"Edited":{"CreatedBy":"mallory"},"ProfileId":null}
                """);
        assertThat(changed.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(changed.violations()).extracting(Violation::path).containsExactly("/ProfileId", "/Edited/CreatedBy");
    }

    @Test
    void nullForARequiredMemberIsRefused() {
        assertThat(refusal("""
                {"CustomerType":null,"AlternateIds":null}
                """).violations()).containsExactlyInAnyOrder(
                Violation.at("/CustomerType", "is required and cannot be null"),
                Violation.at("/AlternateIds", "is required and cannot be null"));
    }

    @Test
    void unknownAndRepeatedNamesAreRefusedBeforeAnythingIsMerged() {
        Refusal refused = refusal("""
                {"Nickname":"Ada","CustomerName":{"Title":"Dr"},"IsActive":true,"isActive":false}
                """);

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refused.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("/Nickname", "/CustomerName/Title", "/IsActive");
        assertThat(refused.detail()).startsWith("the merge patch cannot be applied: ").endsWith("; nothing was changed");
    }

    @Test
    void aPatchThatIsNotAnObjectIsRefused() {
        Refusal refused = catchThrowableOfType(
                () -> ProfileMergePatcher.patch(document, Json.createArrayBuilder().build(), validator), Refusal.class);

        assertThat(refused.violations()).containsExactly(
                Violation.at(null, "a JSON Merge Patch of a profile must be a JSON object"));
    }

    @Test
    void anUnknownReferenceIsNotFoundRatherThanInvalid() {
        assertThat(refusal("""
                {"CustomerType":"Wholesale"}
                """).kind()).isEqualTo(Refusal.Kind.UNKNOWN_REFERENCE);
        assertThat(merge("{}").request()).isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
    }
}
