package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.profiles.control.patch.PatchFixtures.applyFailure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.json;
import static org.prefcenter.profiles.control.patch.PatchFixtures.parse;
import static org.prefcenter.profiles.control.patch.PatchFixtures.patch;
import static org.prefcenter.profiles.control.patch.PatchFixtures.structure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.thrownBy;

import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6902 section 4 semantics of add, replace and remove, and the checks made against the document. */
class PatchApplyTest {

    @Test
    void addToAnExistingMemberReplacesItsValue() {
        assertThat(patch("{'a':1}", "[{'op':'add','path':'/a','value':[2]}]")).isEqualTo(json("{'a':[2]}"));
    }

    @Test
    void addAtIndexZeroInsertsAtTheFront() {
        assertThat(patch("[1,2]", "[{'op':'add','path':'/0','value':0}]")).isEqualTo(json("[0,1,2]"));
    }

    @Test
    void addAtIndexEqualToTheSizeAppends() {
        assertThat(patch("{'a':[1,2]}", "[{'op':'add','path':'/a/2','value':3}]")).isEqualTo(json("{'a':[1,2,3]}"));
    }

    @Test
    void addWithDashAppendsToAnEmptyArray() {
        assertThat(patch("{'a':[]}", "[{'op':'add','path':'/a/-','value':null}]")).isEqualTo(json("{'a':[null]}"));
    }

    @Test
    void addIntoNestedArrays() {
        assertThat(patch("{'m':[[1],[2,[3]]]}", "[{'op':'add','path':'/m/1/1/0','value':'x'}]"))
                .isEqualTo(json("{'m':[[1],[2,['x',3]]]}"));
    }

    @Test
    void onArraysTheNumericTokenIsAnIndexButOnObjectsItIsAMemberName() {
        assertThat(patch("{'01':'a','0':'b'}", "[{'op':'replace','path':'/01','value':'c'}]"))
                .isEqualTo(json("{'01':'c','0':'b'}"));
    }

    @Test
    void replaceKeepsTheMemberOrder() {
        JsonStructure result = patch("{'a':1,'b':2,'c':3}", "[{'op':'replace','path':'/b','value':20}]");

        assertThat(((JsonObject) result).keySet()).containsExactly("a", "b", "c");
    }

    @Test
    void operationsApplyInOrderEachToTheResultOfThePrevious() {
        assertThat(patch("{}", "[{'op':'add','path':'/a','value':{}},{'op':'add','path':'/a/b','value':[]},"
                + "{'op':'add','path':'/a/b/-','value':1},{'op':'replace','path':'/a/b/0','value':2},"
                + "{'op':'test','path':'/a','value':{'b':[2]}}]"))
                .isEqualTo(json("{'a':{'b':[2]}}"));
    }

    @Test
    void removesInDescendingIndexOrderDeleteTheIntendedElements() {
        assertThat(patch("{'a':['v0','v1','v2','v3','v4']}",
                "[{'op':'remove','path':'/a/4'},{'op':'remove','path':'/a/2'},{'op':'remove','path':'/a/0'}]"))
                .isEqualTo(json("{'a':['v1','v3']}"));
    }

    @Test
    void removesInAscendingIndexOrderSeeTheShiftedArray() {
        assertThat(patch("{'a':['v0','v1','v2','v3']}",
                "[{'op':'remove','path':'/a/1'},{'op':'remove','path':'/a/1'}]"))
                .isEqualTo(json("{'a':['v0','v3']}"));
    }

    @Test
    void aFailureInTheLastOperationLeavesTheInputUnchangedAndReturnsNothing() {
        JsonStructure original = structure("{'a':[1,2],'b':{'c':true}}");
        String before = original.toString();
        List<PatchOperation> operations = parse("[{'op':'add','path':'/a/-','value':3},"
                + "{'op':'remove','path':'/b/c'},{'op':'replace','path':'/a/0','value':0},"
                + "{'op':'remove','path':'/missing'}]");

        Refusal failure = thrownBy(() -> RestrictedJsonPatch.apply(original, operations));

        assertThat(failure.violations()).singleElement().extracting(Violation::operation).isEqualTo(3);
        assertThat(original).isEqualTo(json("{'a':[1,2],'b':{'c':true}}"));
        assertThat(original.toString()).isEqualTo(before);
    }

    @Test
    void successfulApplyReturnsANewDocumentAndLeavesTheInputAlone() {
        JsonStructure original = structure("{'a':1}");
        List<PatchOperation> operations = parse("[{'op':'replace','path':'/a','value':2}]");

        JsonStructure result = RestrictedJsonPatch.apply(original, operations);

        assertThat(result).isEqualTo(json("{'a':2}"));
        assertThat(original).isEqualTo(json("{'a':1}"));
    }

    @Test
    void theFirstFailingOperationStopsTheRest() {
        Refusal failure = applyFailure("{'a':1}", "[{'op':'remove','path':'/a'},"
                + "{'op':'replace','path':'/a','value':2},{'op':'remove','path':'/zzz'}]");

        assertThat(failure.violations()).containsExactly(
                new Violation(1, "/a", "cannot replace /a: /a does not exist"));
        assertThat(failure).hasMessage("operation 1: cannot replace /a: /a does not exist");
    }

    @Test
    void removeOfAMissingMemberFails() {
        assertThat(applyFailure("{'a':{}}", "[{'op':'remove','path':'/a/b'}]").violations())
                .containsExactly(new Violation(0, "/a/b", "cannot remove /a/b: /a/b does not exist"));
    }

    @Test
    void testOfAMissingTargetIsInvalidNotATestFailure() {
        Refusal failure = applyFailure("{'a':{}}", "[{'op':'test','path':'/a/b','value':null}]");

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(failure.violations()).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("cannot test /a/b: /a/b does not exist"));
    }

    @Test
    void aScalarCannotHaveChildren() {
        assertThat(applyFailure("{'a':'text'}", "[{'op':'add','path':'/a/b','value':1}]").violations())
                .singleElement().extracting(Violation::message)
                .isEqualTo("cannot add /a/b: /a is a string, not an object or array");
        assertThat(applyFailure("{'a':{'b':3}}", "[{'op':'remove','path':'/a/b/c/d'}]").violations())
                .singleElement().extracting(Violation::message)
                .isEqualTo("cannot remove /a/b/c/d: /a/b is a number, not an object or array");
    }

    @Test
    void addNeedsAnExistingParentAtEveryLevel() {
        assertThat(applyFailure("{'a':[{}]}", "[{'op':'add','path':'/a/1/b','value':1}]").violations())
                .singleElement().extracting(Violation::message)
                .isEqualTo("cannot add /a/1/b: index 1 is out of bounds for the array at /a, which has 1 element");
    }

    @Test
    void addPastTheEndOfAnArrayFails() {
        assertThat(applyFailure("{'a':[1,2]}", "[{'op':'add','path':'/a/3','value':0}]").violations())
                .singleElement().extracting(Violation::message)
                .isEqualTo("cannot add /a/3: index 3 is out of bounds for the array at /a, which has 2 elements"
                        + " (add accepts 0 to 2, or '-' to append)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"replace", "remove", "test"})
    void theIndexEqualToTheSizeDoesNotExistForReplaceRemoveAndTest(String op) {
        Refusal failure = applyFailure("[1,2]", "[{'op':'" + op + "','path':'/2','value':2}]");

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(failure.violations()).singleElement().extracting(Violation::message).isEqualTo("cannot " + op
                + " /2: index 2 is out of bounds for the array at the document root, which has 2 elements");
    }

    @Test
    void aHugeIndexIsOutOfBoundsNotAnOverflow() {
        assertThat(applyFailure("{'a':[1]}", "[{'op':'add','path':'/a/99999999999999999999','value':0}]").violations())
                .singleElement().extracting(Violation::message).asString()
                .startsWith("cannot add /a/99999999999999999999: index 99999999999999999999 is out of bounds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"replace", "remove", "test"})
    void dashIsOnlyForAdd(String op) {
        Refusal failure = applyFailure("{'a':[1]}", "[{'op':'" + op + "','path':'/a/-','value':1}]");

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isZero();
            assertThat(error.message()).startsWith("cannot " + op + " /a/-: '-' names the position after the last"
                    + " element of the array at /a");
        });
    }

    @Test
    void dashInsideAPathNamesNoElement() {
        assertThat(applyFailure("{'a':[{}]}", "[{'op':'add','path':'/a/-/b','value':1}]").violations())
                .singleElement().extracting(Violation::message).asString()
                .startsWith("cannot add /a/-/b: '-' names the position after the last element of the array at /a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "00", "+1", "-1", " 1", "1 ", "1.0", "1e0", "0x1", "one", "", "\u0661"})
    void arrayIndexesAreDigitsWithoutLeadingZerosSignOrSpaces(String token) {
        for (String op : Arrays.asList("add", "replace", "remove", "test")) {
            Refusal failure = applyFailure("{'a':[1,2,3]}",
                    "[{'op':'" + op + "','path':'/a/" + token + "','value':1}]");

            assertThat(failure.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(failure.violations()).singleElement().satisfies(error -> {
                assertThat(error.operation()).isZero();
                assertThat(error.message()).startsWith("cannot " + op + " /a/" + token + ": '" + token
                        + "' is not a valid index into the array at /a");
            });
        }
    }

    @Test
    void aMalformedIndexForAddPointsToTheDashAlternative() {
        assertThat(applyFailure("[]", "[{'op':'add','path':'/00','value':1}]").violations())
                .singleElement().extracting(Violation::message)
                .isEqualTo("cannot add /00: '00' is not a valid index into the array at the document root: use 0 or"
                        + " a positive number without leading zeros, sign or spaces, or '-' to append");
    }

    @Test
    void operationsBuiltWithoutParseAreStillRefusedOnTheRootPath() {
        PatchOperation rootReplace = new PatchOperation(4, PatchOp.REPLACE, "", List.of(), json("{}"));

        Refusal failure = thrownBy(() -> RestrictedJsonPatch.apply(structure("{}"), List.of(rootReplace)));

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isEqualTo(4);
            assertThat(error.message()).startsWith("path \"\" (the whole document) is not allowed");
        });
    }

    @Test
    void missingDocumentOrOperationsAreRefusedWithoutRuntimeExceptions() {
        List<PatchOperation> withNull = Arrays.asList(
                new PatchOperation(0, PatchOp.REMOVE, "/a", List.of("a"), null), null);

        assertThat(thrownBy(() -> RestrictedJsonPatch.apply(null, List.of())))
                .hasMessage("there is no document to patch");
        assertThat(thrownBy(() -> RestrictedJsonPatch.apply(structure("{}"), null)))
                .hasMessage("there are no operations to apply");
        assertThat(thrownBy(() -> RestrictedJsonPatch.apply(structure("{'a':1}"), withNull)).violations())
                .containsExactly(new Violation(1, null, "operation 1 is missing"));
    }

    @Test
    void anEmptyPatchReturnsTheDocumentItself() {
        JsonStructure document = structure("{'a':1}");

        assertThat(RestrictedJsonPatch.apply(document, List.of())).isSameAs(document);
    }
}
