package org.prefcenter.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.prefcenter.platform.rules.Violation;

/** Every string of a body, member names included, is valid Unicode without NUL. */
class BodyTextTest {

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    @Test
    void validBodiesPass() {
        assertThat(BodyText.firstInvalid(json("{\"ClientId\":\"X\",\"n\":[1,\"\\uD83D\\uDE00\",{\"a\":null}]}"))).isNull();
        assertThat(BodyText.firstInvalid(json("[{\"op\":\"add\",\"path\":\"/a\",\"value\":\"x\"}]"))).isNull();
    }

    @Test
    void anInvalidValueIsNamedByItsPointerAndAPatchOperationByItsIndex() {
        Violation found = BodyText.firstInvalid(json("[{\"op\":\"add\",\"path\":\"/a\",\"value\":\"ok\"},"
                + "{\"op\":\"add\",\"path\":\"/b\",\"value\":{\"x\":[\"\\uD800M\"]}}]"));
        assertThat(found.operation()).isEqualTo(1);
        assertThat(found.path()).isEqualTo("/1/value/x/0");
        assertThat(found.message()).contains("unpaired surrogate");
    }

    @Test
    void memberNamesCountAndAreQuotedWithoutTheBadCharacter() {
        Violation found = BodyText.firstInvalid(json("{\"CustomerName\":{\"Fir\\u0000st\":\"Ada\"}}"));
        assertThat(found.operation()).isNull();
        assertThat(found.path()).isEqualTo("/CustomerName/Fir\uFFFDst");
        assertThat(found.message()).contains("NUL");
    }
}
