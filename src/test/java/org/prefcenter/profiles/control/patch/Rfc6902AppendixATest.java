package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.prefcenter.profiles.control.patch.PatchFixtures.applyFailure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.json;
import static org.prefcenter.profiles.control.patch.PatchFixtures.parseFailure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.patch;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import org.prefcenter.platform.rules.Refusal;

import org.junit.jupiter.api.Test;

/** The examples of RFC 6902 Appendix A, with move refused as this engine requires. */
class Rfc6902AppendixATest {

    @Test
    void a1_addingAnObjectMember() {
        assertThat(patch("{'foo':'bar'}", "[{'op':'add','path':'/baz','value':'qux'}]"))
                .isEqualTo(json("{'baz':'qux','foo':'bar'}"));
    }

    @Test
    void a2_addingAnArrayElementInsertsBeforeTheIndex() {
        assertThat(patch("{'foo':['bar','baz']}", "[{'op':'add','path':'/foo/1','value':'qux'}]"))
                .isEqualTo(json("{'foo':['bar','qux','baz']}"));
    }

    @Test
    void a3_removingAnObjectMember() {
        assertThat(patch("{'baz':'qux','foo':'bar'}", "[{'op':'remove','path':'/baz'}]"))
                .isEqualTo(json("{'foo':'bar'}"));
    }

    @Test
    void a4_removingAnArrayElementShiftsTheRest() {
        assertThat(patch("{'foo':['bar','qux','baz']}", "[{'op':'remove','path':'/foo/1'}]"))
                .isEqualTo(json("{'foo':['bar','baz']}"));
    }

    @Test
    void a5_replacingAValue() {
        assertThat(patch("{'baz':'qux','foo':'bar'}", "[{'op':'replace','path':'/baz','value':'boo'}]"))
                .isEqualTo(json("{'baz':'boo','foo':'bar'}"));
    }

    @Test
    void a6_movingAValueIsRefusedNamingTheOperation() {
        Refusal failure = parseFailure("[{'op':'move','from':'/foo/waldo','path':'/qux/thud'}]");

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isZero();
            assertThat(error.path()).isEqualTo("/qux/thud");
            assertThat(error.message()).contains("unsupported operation 'move'");
        });
    }

    @Test
    void a7_movingAnArrayElementIsRefusedNamingTheOperation() {
        Refusal failure = parseFailure(
                "[{'op':'test','path':'/foo/0','value':'all'},{'op':'move','from':'/foo/1','path':'/foo/3'}]");

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isEqualTo(1);
            assertThat(error.message()).contains("'move'", "only add, replace, remove and test");
        });
    }

    @Test
    void a8_passingTestsLeaveTheDocumentUnchanged() {
        String document = "{'baz':'qux','foo':['a',2,'c']}";

        assertThat(patch(document,
                "[{'op':'test','path':'/baz','value':'qux'},{'op':'test','path':'/foo/1','value':2}]"))
                .isEqualTo(json(document));
    }

    @Test
    void a9_failingTestIsATestFailure() {
        Refusal failure = applyFailure("{'baz':'qux'}", "[{'op':'test','path':'/baz','value':'bar'}]");

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.TEST_FAILED);
        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isZero();
            assertThat(error.path()).isEqualTo("/baz");
            assertThat(error.message()).isEqualTo("test failed: value at /baz is not equal to the expected value");
        });
    }

    @Test
    void a10_addingANestedMemberObject() {
        assertThat(patch("{'foo':'bar'}", "[{'op':'add','path':'/child','value':{'grandchild':{}}}]"))
                .isEqualTo(json("{'foo':'bar','child':{'grandchild':{}}}"));
    }

    @Test
    void a11_unrecognizedMembersAreIgnored() {
        assertThat(patch("{'foo':'bar'}", "[{'op':'add','path':'/baz','value':'qux','xyz':123}]"))
                .isEqualTo(json("{'foo':'bar','baz':'qux'}"));
    }

    @Test
    void a12_addingToANonexistentTargetFails() {
        Refusal failure = applyFailure("{'foo':'bar'}", "[{'op':'add','path':'/baz/bat','value':'qux'}]");

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isZero();
            assertThat(error.path()).isEqualTo("/baz/bat");
            assertThat(error.message()).isEqualTo("cannot add /baz/bat: /baz does not exist");
        });
    }

    /**
     * Duplicate members never reach the engine as such: the reader resolves them. A reader that
     * refuses them (key strategy NONE) is what makes A.13 an error, so the HTTP layer must use one.
     */
    @Test
    void a13_duplicateMembersAreRefusedByAReaderWithKeyStrategyNone() {
        String invalidPatch = "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\",\"op\":\"remove\"}]";
        Map<String, Object> strict = Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE);

        assertThatExceptionOfType(JsonParsingException.class).isThrownBy(() -> {
            try (JsonReader reader = Json.createReaderFactory(strict).createReader(new StringReader(invalidPatch))) {
                reader.readValue();
            }
        }).withMessageContaining("'op'");
    }

    @Test
    void a13_evenALastMemberWinsReadingDoesNotLetTheExampleSucceed() {
        Refusal failure = applyFailure("{'foo':'bar'}",
                "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\",\"op\":\"remove\"}]");

        assertThat(failure.violations()).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("cannot remove /baz: /baz does not exist"));
    }

    @Test
    void a14_tildeEscapesAreDecodedInOrderSoTilde01IsTheKeyTilde1() {
        String document = "{'/':9,'~1':10}";

        assertThat(patch(document, "[{'op':'test','path':'/~01','value':10}]")).isEqualTo(json(document));
    }

    @Test
    void a15_aStringIsNeverEqualToANumber() {
        Refusal failure = applyFailure("{'/':9,'~1':10}", "[{'op':'test','path':'/~01','value':'10'}]");

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.TEST_FAILED);
        assertThat(failure.violations()).singleElement()
                .satisfies(error -> assertThat(error.path()).isEqualTo("/~01"));
    }

    @Test
    void a15_slashEscapeAddressesAMemberWhoseNameHasASlash() {
        assertThat(patch("{'/':9,'~1':10}", "[{'op':'replace','path':'/~1','value':8}]"))
                .isEqualTo(json("{'/':8,'~1':10}"));
    }

    @Test
    void a16_addingAnArrayValueAppendsItAsOneElement() {
        assertThat(patch("{'foo':['bar']}", "[{'op':'add','path':'/foo/-','value':['abc','def']}]"))
                .isEqualTo(json("{'foo':['bar',['abc','def']]}"));
    }
}
