package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.prefcenter.profiles.control.patch.PatchFixtures.json;
import static org.prefcenter.profiles.control.patch.PatchFixtures.parse;
import static org.prefcenter.profiles.control.patch.PatchFixtures.thrownBy;

import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import org.prefcenter.platform.rules.Refusal;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape rules that {@link RestrictedJsonPatch#parse} enforces before anything is applied: the
 * refusals are in {@code patch/parsing.json} (format: {@link PatchCase}). The tests below look at
 * the parsed operations, which a case's expected document cannot show, or give parse a Java value.
 */
class PatchParsingTest {

    static Stream<Named<PatchCase>> cases() {
        return PatchCase.load("/patch/parsing.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void patchCase(PatchCase patchCase) {
        patchCase.run();
    }

    @Test
    void anEmptyArrayIsAValidPatchWithNoOperations() {
        assertThat(parse("[]")).isEmpty();
    }

    // Java: a Java null, which JSON cannot give.
    @Test
    void aMissingDocumentIsRefusedLikeANonArray() {
        Refusal failure = thrownBy(() -> RestrictedJsonPatch.parse(null, 10));

        assertThat(failure.violations()).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("must be a JSON array"));
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
        List<PatchOperation> operations = parse("""
                [{"op": "add", "path": "/a~1b/0", "value": {"x": null}}, {"op": "remove", "path": "/c", "value": 7}]""");

        assertThat(operations).containsExactly(
                new PatchOperation(0, PatchOp.ADD, "/a~1b/0", List.of("a/b", "0"), json("""
                        {"x": null}""")),
                new PatchOperation(1, PatchOp.REMOVE, "/c", List.of("c"), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "Add", "ADD", "aDd"})
    void operationNamesMatchIgnoringCase(String name) {
        assertThat(parse("""
                [{"op": "%s", "path": "/a", "value": 1}]""".formatted(name)))
                .singleElement().extracting(PatchOperation::op).isEqualTo(PatchOp.ADD);
    }

    @Test
    void everySupportedOperationParsesInAnyCase() {
        List<PatchOperation> operations = parse("""
                [{"op": "REPLACE", "path": "/a", "value": 1},
                 {"op": "Remove", "path": "/a"},
                 {"op": "tEsT", "path": "/b", "value": 2},
                 {"op": "add", "path": "/c", "value": 3}]""");

        assertThat(operations).extracting(PatchOperation::op)
                .containsExactly(PatchOp.REPLACE, PatchOp.REMOVE, PatchOp.TEST, PatchOp.ADD);
    }

    @Test
    void aJsonNullValueIsAValueNotAMissingOne() {
        assertThat(parse("""
                [{"op": "add", "path": "/a", "value": null}]"""))
                .singleElement().extracting(PatchOperation::value).isEqualTo(JsonValue.NULL);
    }

    @Test
    void removeNeedsNoValueAndIgnoresOne() {
        assertThat(parse("""
                [{"op": "remove", "path": "/a"}, {"op": "remove", "path": "/b", "value": {"big": [1, 2, 3]}}]"""))
                .extracting(PatchOperation::value).containsOnlyNulls();
    }

    @Test
    void escapesAndEmptyTokensDecodeAsRfc6901Says() {
        List<PatchOperation> operations = parse("""
                [{"op": "remove", "path": "/~0~1/~10"}, {"op": "remove", "path": "/"}, {"op": "remove", "path": "//x/"}]""");

        assertThat(operations).extracting(PatchOperation::tokens).containsExactly(
                List.of("~/", "/0"), List.of(""), List.of("", "x", ""));
    }

    @Test
    void parsedOperationListIsUnmodifiable() {
        List<PatchOperation> operations = parse("""
                [{"op": "remove", "path": "/a"}]""");

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
