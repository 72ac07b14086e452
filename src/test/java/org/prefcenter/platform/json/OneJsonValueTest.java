package org.prefcenter.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A body is exactly one JSON value: what JSON-P's reader ignores after it is refused. */
class OneJsonValueTest {

    private static JsonValue read(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            return OneJsonValue.read(parser);
        }
    }

    @Test
    void oneValueWithWhitespaceAroundIsRead() {
        assertThat(read(" [1, {\"a\": [true, null, \"x\"]}] \n")).isEqualTo(Json.createArrayBuilder().add(1)
                .add(Json.createObjectBuilder().add("a", Json.createArrayBuilder().add(true).addNull().add("x")))
                .build());
        assertThat(read("{}")).isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
        assertThat(read("42")).hasToString("42");
    }

    @Test
    void anythingAfterTheValueIsRefused() {
        for (String text : new String[] {"[] xyz", "[]]", "[]{}", "[] []", "{} garbage", "1 2", "{}}"}) {
            assertThatExceptionOfType(JsonParsingException.class).as(text).isThrownBy(() -> read(text));
        }
    }

    @Test
    void aMemberNameGivenTwiceIsRefusedAtAnyDepth() {
        assertThatExceptionOfType(OneJsonValue.DuplicateName.class).isThrownBy(() -> read("{\"a\":1,\"a\":1}"));
        assertThatExceptionOfType(OneJsonValue.DuplicateName.class)
                .isThrownBy(() -> read("[{\"op\":\"add\",\"path\":\"/a\",\"value\":{\"x\":1,\"x\":2}}]"));
        assertThat(read("{\"a\":1,\"A\":1}").asJsonObject()).containsOnlyKeys("a", "A");
    }
}
