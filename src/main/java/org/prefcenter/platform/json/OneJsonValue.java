package org.prefcenter.platform.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.util.HashSet;
import java.util.Set;

/**
 * A request body is exactly one JSON value (RFC 8259's JSON-text): JSON-P's {@code JsonReader}
 * stops after the first value and ignores what follows it ({@code [] xyz}, {@code []]}), so the body
 * is read from JSON-P's parser, whose {@code hasNext()} refuses anything but whitespace after the
 * value. Duplicate member names are refused (RFC 8259 leaves them undefined; Parsson keeps the last
 * and its parser, unlike its reader, ignores the key strategy). Nesting stays bounded by the
 * parser's own limit (Parsson: 1000).
 */
final class OneJsonValue {

    /** A member name given twice in one object. */
    static final class DuplicateName extends JsonParsingException {
        private static final long serialVersionUID = 1L;

        DuplicateName(JsonParser parser) {
            super("duplicate member name", parser.getLocation());
        }
    }

    private static final JsonProvider JSON = JsonProvider.provider();

    private OneJsonValue() {
    }

    static JsonValue read(JsonParser parser) {
        JsonValue value = value(parser, parser.next());
        if (parser.hasNext()) {
            throw new JsonParsingException("data after the JSON value", parser.getLocation());
        }
        return value;
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_ARRAY -> array(parser);
            case START_OBJECT -> object(parser);
            case KEY_NAME, END_ARRAY, END_OBJECT -> throw new JsonParsingException("unexpected " + event,
                    parser.getLocation());
            default -> parser.getValue();
        };
    }

    private static JsonValue array(JsonParser parser) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event));
        }
        return array.build();
    }

    private static JsonValue object(JsonParser parser) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> names = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            if (!names.add(name)) {
                throw new DuplicateName(parser);
            }
            object.add(name, value(parser, parser.next()));
        }
        return object.build();
    }
}
