package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

import org.junit.jupiter.api.Test;

/** The public value types: {@link PatchOp}, {@link PatchOperation} and {@link Refusal}. */
class PatchOperationTest {

    @Test
    void withTokensReEncodesTildeAndSlashAndKeepsTheRest() {
        JsonValue value = Json.createValue("v");
        PatchOperation original = new PatchOperation(3, PatchOp.ADD, "/x", List.of("x"), value);

        PatchOperation moved = original.withTokens(List.of("profiles", "a/b", "~c", "~1", "-"));

        assertThat(moved).isEqualTo(new PatchOperation(3, PatchOp.ADD, "/profiles/a~1b/~0c/~01/-",
                List.of("profiles", "a/b", "~c", "~1", "-"), value));
    }

    @Test
    void encodingTokensAndParsingThePathAgainGivesTheSameTokens() {
        List<String> tokens = List.of("~01", "/", "", "a~b/c", "\u0000");
        String path = new PatchOperation(0, PatchOp.REMOVE, "/", List.of(""), null).withTokens(tokens).path();

        List<PatchOperation> parsed = RestrictedJsonPatch.parse(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("op", "remove").add("path", path)).build(), 1);

        assertThat(parsed).singleElement().extracting(PatchOperation::tokens).isEqualTo(tokens);
    }

    @Test
    void tokensAreCopiedSoLaterChangesToTheCallersListDoNotLeakIn() {
        List<String> tokens = new ArrayList<>(List.of("a"));
        PatchOperation operation = new PatchOperation(0, PatchOp.REMOVE, "/a", tokens, null);

        tokens.add("b");

        assertThat(operation.tokens()).containsExactly("a");
    }

    @Test
    void operationsThatNeedAValueCannotBeBuiltWithoutOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PatchOperation(0, PatchOp.TEST, "/a", List.of("a"), null))
                .withMessageContaining("JsonValue.NULL");
    }

    @Test
    void opNamesParseIgnoringAsciiCaseOnly() {
        assertThat(PatchOp.parse("rEpLaCe")).contains(PatchOp.REPLACE);
        assertThat(PatchOp.parse("move")).isEmpty();
        assertThat(PatchOp.parse("add ")).isEmpty();
        assertThat(PatchOp.parse(null)).isEmpty();
        assertThat(PatchOp.ADD.jsonName()).isEqualTo("add");
    }

    @Test
    void exceptionSummarisesTheFirstErrorAndCountsTheRest() {
        Refusal exception = ErrorText.refusal(Refusal.Kind.INVALID, List.of(
                new Violation(2, "/a", "first problem"), new Violation(5, null, "second problem")));

        assertThat(exception).hasMessage("operation 2: first problem (and 1 more)");
        assertThat(exception.getStackTrace()).isEmpty();
        assertThat(exception.violations()).isUnmodifiable();
    }
}
