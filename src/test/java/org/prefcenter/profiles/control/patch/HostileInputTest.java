package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.profiles.control.patch.PatchFixtures.json;
import static org.prefcenter.profiles.control.patch.PatchFixtures.structure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.thrownBy;

import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input meant to hurt: sizes, depths and names that must be handled as ordinary data. The names
 * are cases in {@code patch/hostile-input.json} (format: {@link PatchCase}); the sizes and depths
 * stay in Java, built by loops and checked by length, which a data file could only spell out.
 */
class HostileInputTest {

    private static final int DEPTH = 20_000;

    // Json.createXxx looks the provider up on every call, which would dominate these loops.
    private static final JsonProvider JSON = JsonProvider.provider();

    static Stream<Named<PatchCase>> cases() {
        return PatchCase.load("/patch/hostile-input.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void patchCase(PatchCase patchCase) {
        patchCase.run();
    }

    @Test
    void tenThousandOperationsAreRefusedByTheLimitWithOneError() {
        JsonArrayBuilder patch = JSON.createArrayBuilder();
        for (int i = 0; i < 10_000; i++) {
            patch.add(JSON.createObjectBuilder().add("op", "move").add("path", "/" + i));
        }
        JsonValue document = patch.build();

        Refusal failure = thrownBy(() -> RestrictedJsonPatch.parse(document, 100));

        assertThat(failure.violations()).singleElement().extracting(Violation::operation).isNull();
    }

    @Test
    void tenThousandOperationsWithinTheLimitAreApplied() {
        JsonArrayBuilder patch = JSON.createArrayBuilder();
        for (int i = 0; i < 10_000; i++) {
            patch.add(JSON.createObjectBuilder().add("op", "replace").add("path", "/counter").add("value", i));
        }
        List<PatchOperation> operations = RestrictedJsonPatch.parse(patch.build(), 10_000);

        assertThat(RestrictedJsonPatch.apply(structure("""
                {"counter": -1}"""), operations))
                .isEqualTo(json("""
                        {"counter": 9999}"""));
    }

    @Test
    void hugePathsAndOpNamesAreEchoedOnlyInPartInMessages() {
        String hugeName = "x".repeat(1_000_000);
        JsonValue document = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("op", hugeName).add("path", "/" + hugeName))
                .build();

        Refusal failure = thrownBy(() -> RestrictedJsonPatch.parse(document, 10));

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.path()).hasSize(1_000_001);
            assertThat(error.message()).hasSizeLessThan(300).contains("...");
        });
    }

    @Test
    void aHugeMissingPathFailsWithABoundedMessage() {
        String hugePath = "/" + "a".repeat(1_000_000);
        List<PatchOperation> operations = RestrictedJsonPatch.parse(JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("op", "remove").add("path", hugePath)).build(), 10);

        Refusal failure = thrownBy(() -> RestrictedJsonPatch.apply(structure("{}"), operations));

        assertThat(failure.violations()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo(hugePath);
            assertThat(error.message()).hasSizeLessThan(300);
        });
    }

    @Test
    void aVeryDeepPathIntoAShallowDocumentFailsWithoutRecursing() {
        String deepPath = "/a".repeat(DEPTH);
        List<PatchOperation> operations = RestrictedJsonPatch.parse(JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("op", "add").add("path", deepPath).add("value", 1)).build(), 10);

        Refusal failure = thrownBy(() -> RestrictedJsonPatch.apply(structure("""
                {"a": {"a": {}}}"""), operations));

        assertThat(failure.violations()).singleElement().extracting(Violation::message).asString()
                .startsWith("cannot add /a/a/a").contains(": /a/a/a does not exist");
    }

    @Test
    void aVeryDeepDocumentCanBePatchedAndTestedAtTheBottom() {
        JsonStructure document = (JsonStructure) nested(DEPTH, JSON.createValue(0));
        JsonValue patchDocument = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("op", "replace").add("path", "/a".repeat(DEPTH)).add("value", 1))
                .add(JSON.createObjectBuilder().add("op", "test").add("path", "/a")
                        .add("value", nested(DEPTH - 1, JSON.createValue(1.0))))
                .build();

        JsonStructure patched = RestrictedJsonPatch.apply(document, RestrictedJsonPatch.parse(patchDocument, 10));

        assertThat(valueAtBottom(patched)).isEqualTo(JSON.createValue(1));
        assertThat(valueAtBottom(document)).isEqualTo(JSON.createValue(0));
    }

    /** {@code {"a":{"a":...leaf...}}}, built bottom up without recursion. */
    private static JsonValue nested(int depth, JsonValue leaf) {
        JsonValue value = leaf;
        for (int i = 0; i < depth; i++) {
            value = JSON.createObjectBuilder().add("a", value).build();
        }
        return value;
    }

    private static JsonValue valueAtBottom(JsonValue document) {
        JsonValue current = document;
        while (current instanceof JsonObject object) {
            current = object.get("a");
        }
        return current;
    }
}
