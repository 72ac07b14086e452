package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.profiles.control.patch.PatchFixtures.applyFailure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.json;
import static org.prefcenter.profiles.control.patch.PatchFixtures.structure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.thrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonStructure;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 6902 section 4 semantics of add, replace and remove, and the checks made against the
 * document: the cases are in {@code patch/apply.json} (format: {@link PatchCase}), but those below.
 */
class PatchApplyTest {

    static Stream<Named<PatchCase>> cases() {
        return PatchCase.load("/patch/apply.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void patchCase(PatchCase patchCase) {
        patchCase.run();
    }

    static Stream<Arguments> malformedIndexes() {
        return Stream.of("01", "00", "+1", "-1", " 1", "1 ", "1.0", "1e0", "0x1", "one", "", "\u0661")
                .flatMap(token -> Stream.of("add", "replace", "remove", "test").map(op -> Arguments.of(op, token)));
    }

    // Java: twelve tokens for each of four operations, generated rather than listed 48 times in data.
    @ParameterizedTest(name = "{0} /a/{1}")
    @MethodSource("malformedIndexes")
    void arrayIndexesAreDigitsWithoutLeadingZerosSignOrSpaces(String op, String token) {
        Refusal failure = applyFailure("""
                {"a": [1, 2, 3]}""", """
                [{"op": "%s", "path": "/a/%s", "value": 1}]""".formatted(op, token));

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isZero();
            assertThat(error.message()).startsWith("cannot " + op + " /a/" + token + ": '" + token
                    + "' is not a valid index into the array at /a");
        });
    }

    // Java: an operation that parse would refuse, built by hand.
    @Test
    void operationsBuiltWithoutParseAreStillRefusedOnTheRootPath() {
        PatchOperation rootReplace = new PatchOperation(4, PatchOp.REPLACE, "", List.of(), json("{}"));

        Refusal failure = thrownBy(() -> RestrictedJsonPatch.apply(structure("{}"), List.of(rootReplace)));

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.operation()).isEqualTo(4);
            assertThat(error.message()).startsWith("path \"\" (the whole document) is not allowed");
        });
    }

    // Java: Java nulls, which JSON cannot give.
    @Test
    void missingDocumentOrOperationsAreRefusedWithoutRuntimeExceptions() {
        List<PatchOperation> withNull = Arrays.asList(
                new PatchOperation(0, PatchOp.REMOVE, "/a", List.of("a"), null), null);

        assertThat(thrownBy(() -> RestrictedJsonPatch.apply(null, List.of())))
                .hasMessage("there is no document to patch");
        assertThat(thrownBy(() -> RestrictedJsonPatch.apply(structure("{}"), null)))
                .hasMessage("there are no operations to apply");
        assertThat(thrownBy(() -> RestrictedJsonPatch.apply(structure("""
                {"a": 1}"""), withNull)).violations())
                .containsExactly(new Violation(1, null, "operation 1 is missing"));
    }

    // Java: identity, not equality.
    @Test
    void anEmptyPatchReturnsTheDocumentItself() {
        JsonStructure document = structure("""
                {"a": 1}""");

        assertThat(RestrictedJsonPatch.apply(document, List.of())).isSameAs(document);
    }
}
