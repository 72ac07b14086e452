package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.prefcenter.platform.rules.Refusal;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Shared helpers. In JSON text given to {@link #json}, single quotes stand for double quotes (the
 * short form of TestOperationEqualityTest's CSV rows); text blocks in double quotes read as written,
 * as long as they hold no single quote. The data-driven cases are read by {@link PatchCase}.
 */
final class PatchFixtures {

    static final int MAX_OPERATIONS = 100;

    private PatchFixtures() {
    }

    static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readValue();
        }
    }

    static JsonStructure structure(String text) {
        return (JsonStructure) json(text);
    }

    static List<PatchOperation> parse(String patch) {
        return RestrictedJsonPatch.parse(json(patch), MAX_OPERATIONS);
    }

    static JsonStructure patch(String document, String patch) {
        return RestrictedJsonPatch.apply(structure(document), parse(patch));
    }

    static Refusal parseFailure(String patch) {
        return thrownBy(() -> parse(patch));
    }

    static Refusal applyFailure(String document, String patch) {
        return thrownBy(() -> patch(document, patch));
    }

    /** The Refusal that {@code call} throws; fails the test if it throws nothing. */
    static Refusal thrownBy(ThrowingCallable call) {
        Refusal failure = catchThrowableOfType(Refusal.class, call);
        assertThat(failure).as("expected a Refusal").isNotNull();
        return failure;
    }
}
