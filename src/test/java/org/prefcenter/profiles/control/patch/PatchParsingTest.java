package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.prefcenter.profiles.control.patch.PatchFixtures.json;
import static org.prefcenter.profiles.control.patch.PatchFixtures.parse;
import static org.prefcenter.profiles.control.patch.PatchFixtures.parseFailure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.thrownBy;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape rules that {@link RestrictedJsonPatch#parse} enforces before anything is applied. */
class PatchParsingTest {

    @Test
    void anEmptyArrayIsAValidPatchWithNoOperations() {
        assertThat(parse("[]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'op':'add','path':'/a','value':1}", "'add'", "null", "42"})
    void aDocumentThatIsNotAnArrayIsRefusedAsAWhole(String document) {
        Refusal failure = parseFailure(document);

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(failure.violations()).containsExactly(
                new Violation(null, null, "a JSON Patch must be a JSON array of operations"));
    }

    @Test
    void aMissingDocumentIsRefusedLikeANonArray() {
        Refusal failure = thrownBy(() -> RestrictedJsonPatch.parse(null, 10));

        assertThat(failure.violations()).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("must be a JSON array"));
    }

    @Test
    void moreOperationsThanTheLimitGiveOneErrorNamingTheLimit() {
        JsonValue patch = removes(4);

        Refusal failure = thrownBy(() -> RestrictedJsonPatch.parse(patch, 3));

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isNull();
            assertThat(error.message()).isEqualTo("a JSON Patch may contain at most 3 operations, this one has 4");
        });
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        assertThat(RestrictedJsonPatch.parse(removes(3), 3)).hasSize(3);
    }

    @Test
    void aNegativeLimitIsAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> RestrictedJsonPatch.parse(json("[]"), -1));
    }

    @Test
    void parsedOperationsCarryIndexOpPathDecodedTokensAndValue() {
        List<PatchOperation> operations = parse(
                "[{'op':'add','path':'/a~1b/0','value':{'x':null}},{'op':'remove','path':'/c','value':7}]");

        assertThat(operations).containsExactly(
                new PatchOperation(0, PatchOp.ADD, "/a~1b/0", List.of("a/b", "0"), json("{'x':null}")),
                new PatchOperation(1, PatchOp.REMOVE, "/c", List.of("c"), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "Add", "ADD", "aDd"})
    void operationNamesMatchIgnoringCase(String name) {
        assertThat(parse("[{'op':'" + name + "','path':'/a','value':1}]"))
                .singleElement().extracting(PatchOperation::op).isEqualTo(PatchOp.ADD);
    }

    @Test
    void everySupportedOperationParsesInAnyCase() {
        List<PatchOperation> operations = parse("[{'op':'REPLACE','path':'/a','value':1},"
                + "{'op':'Remove','path':'/a'},{'op':'tEsT','path':'/b','value':2},"
                + "{'op':'add','path':'/c','value':3}]");

        assertThat(operations).extracting(PatchOperation::op)
                .containsExactly(PatchOp.REPLACE, PatchOp.REMOVE, PatchOp.TEST, PatchOp.ADD);
    }

    @Test
    void caseFoldingIsAsciiOnlySoLookAlikeLettersAreRefused() {
        // U+017F LATIN SMALL LETTER LONG S upper-cases to 'S', so equalsIgnoreCase would accept it.
        Refusal failure = parseFailure("[{'op':'te\u017Ft','path':'/a','value':1}]");

        assertThat(failure.violations()).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("unsupported operation"));
    }

    @Test
    void moveCopyAndUnknownOperationsAreRefusedEachNamingItsIndexAndOp() {
        Refusal failure = parseFailure("[{'op':'add','path':'/ok','value':1},"
                + "{'op':'move','from':'/a','path':'/b'},{'op':'copy','from':'/a','path':'/c'},"
                + "{'op':'frobnicate','path':'/d'}]");

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(failure.violations()).containsExactly(
                new Violation(1, "/b", "unsupported operation 'move': only add, replace, remove and test are allowed"),
                new Violation(2, "/c", "unsupported operation 'copy': only add, replace, remove and test are allowed"),
                new Violation(3, "/d",
                        "unsupported operation 'frobnicate': only add, replace, remove and test are allowed"));
        assertThat(failure).hasMessageStartingWith("operation 1: unsupported operation 'move'")
                .hasMessageEndingWith("(and 2 more)");
    }

    @Test
    void everyBadOperationIsReportedOnceWithItsOwnProblem() {
        Refusal failure = parseFailure("["
                + "{'path':'/a','value':1},"                 // 0: no op
                + "{'op':1,'path':'/a','value':1},"          // 1: op not a string
                + "{'op':'add','value':1},"                  // 2: no path
                + "{'op':'add','path':5,'value':1},"         // 3: path not a string
                + "{'op':'add','path':'/a'},"                // 4: no value
                + "'add',"                                   // 5: not an object
                + "{'op':'remove','path':'/fine'},"          // 6: valid
                + "{'op':null,'path':7}"                     // 7: several problems, one error
                + "]");

        assertThat(failure.violations()).extracting(Violation::operation).containsExactly(0, 1, 2, 3, 4, 5, 7);
        assertThat(failure.violations()).extracting(Violation::message).containsExactly(
                "missing 'op': every operation needs one of add, replace, remove or test",
                "'op' must be a string, found a number",
                "missing 'path': every operation needs a JSON Pointer",
                "'path' must be a string, found a number",
                "missing 'value': add needs a 'value' member (it may be null)",
                "an operation must be a JSON object, found a string",
                "'op' must be a string, found null");
    }

    @Test
    void errorsCarryThePathOnlyWhenItWasAString() {
        Refusal failure = parseFailure("[{'op':'copy','path':'/x'},{'op':'copy','path':['/x']}]");

        assertThat(failure.violations()).extracting(Violation::path).containsExactly("/x", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"replace", "test"})
    void valueIsRequiredForReplaceAndTest(String op) {
        Refusal failure = parseFailure("[{'op':'" + op + "','path':'/a'}]");

        assertThat(failure.violations()).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("missing 'value': " + op));
    }

    @Test
    void aJsonNullValueIsAValueNotAMissingOne() {
        assertThat(parse("[{'op':'add','path':'/a','value':null}]"))
                .singleElement().extracting(PatchOperation::value).isEqualTo(JsonValue.NULL);
    }

    @Test
    void removeNeedsNoValueAndIgnoresOne() {
        assertThat(parse("[{'op':'remove','path':'/a'},{'op':'remove','path':'/b','value':{'big':[1,2,3]}}]"))
                .extracting(PatchOperation::value).containsOnlyNulls();
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "replace", "remove", "test"})
    void theRootPathIsRefusedForEveryOperation(String op) {
        Refusal failure = parseFailure("[{'op':'" + op + "','path':'','value':{}}]");

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEmpty();
            assertThat(error.message()).startsWith("path \"\" (the whole document) is not allowed for " + op)
                    .contains("never replaces or removes the whole document");
        });
    }

    @Test
    void aPathNotStartingWithSlashIsNotAPointer() {
        Refusal failure = parseFailure("[{'op':'add','path':'a','value':1}]");

        assertThat(failure.violations()).containsExactly(new Violation(0, "a",
                "path 'a' is not a valid JSON Pointer: it must be empty or start with '/'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a~2", "/a~", "/~/b", "/a~a", "/a/~"})
    void aTildeMustBeFollowedByZeroOrOne(String path) {
        Refusal failure = parseFailure("[{'op':'remove','path':'" + path + "'}]");

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo(path);
            assertThat(error.message()).startsWith("path '" + path + "' is not a valid JSON Pointer: '~' at position")
                    .endsWith("must be followed by '0' or '1'");
        });
    }

    @Test
    void escapesAndEmptyTokensDecodeAsRfc6901Says() {
        List<PatchOperation> operations = parse(
                "[{'op':'remove','path':'/~0~1/~10'},{'op':'remove','path':'/'},{'op':'remove','path':'//x/'}]");

        assertThat(operations).extracting(PatchOperation::tokens).containsExactly(
                List.of("~/", "/0"), List.of(""), List.of("", "x", ""));
    }

    @Test
    void parsedOperationListIsUnmodifiable() {
        List<PatchOperation> operations = parse("[{'op':'remove','path':'/a'}]");

        assertThat(operations).isUnmodifiable();
        assertThat(operations.get(0).tokens()).isUnmodifiable();
    }

    private static JsonValue removes(int count) {
        JsonArrayBuilder patch = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            patch.add(Json.createObjectBuilder().add("op", "remove").add("path", "/a" + i));
        }
        return patch.build();
    }
}
