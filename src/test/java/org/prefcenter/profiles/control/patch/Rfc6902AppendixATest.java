package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.prefcenter.profiles.control.patch.PatchFixtures.applyFailure;

import java.io.StringReader;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import org.prefcenter.platform.rules.Refusal;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of RFC 6902 Appendix A, with move refused as this engine requires: the cases are
 * in {@code patch/rfc6902-appendix-a.json} (format: {@link PatchCase}), but A.13.
 */
class Rfc6902AppendixATest {

    static Stream<Named<PatchCase>> appendixA() {
        return PatchCase.load("/patch/rfc6902-appendix-a.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appendixA")
    void example(PatchCase example) {
        example.run();
    }

    // A.13 stays in Java: its patch is raw text with a duplicate member, which a data file read as
    // JSON cannot carry, and what it shows depends on the reader's key strategy.

    /**
     * Duplicate members never reach the engine as such: the reader resolves them. A reader that
     * refuses them (key strategy NONE) is what makes A.13 an error, so the HTTP layer must use one.
     */
    @Test
    void a13_duplicateMembersAreRefusedByAReaderWithKeyStrategyNone() {
        String invalidPatch = """
                [{"op": "add", "path": "/baz", "value": "qux", "op": "remove"}]""";
        Map<String, Object> strict = Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE);

        assertThatExceptionOfType(JsonParsingException.class).isThrownBy(() -> {
            try (JsonReader reader = Json.createReaderFactory(strict).createReader(new StringReader(invalidPatch))) {
                reader.readValue();
            }
        }).withMessageContaining("'op'");
    }

    @Test
    void a13_evenALastMemberWinsReadingDoesNotLetTheExampleSucceed() {
        Refusal failure = applyFailure("""
                {"foo": "bar"}""", """
                [{"op": "add", "path": "/baz", "value": "qux", "op": "remove"}]""");

        assertThat(failure.violations()).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("cannot remove /baz: /baz does not exist"));
    }
}
