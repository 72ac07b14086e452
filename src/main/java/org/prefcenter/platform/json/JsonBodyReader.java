package org.prefcenter.platform.json;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Refusal.Kind;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.platform.config.Settings;

/**
 * Reads every JSON request body (including JSON Patch documents) for the resources, replacing the
 * server's reader, which answers malformed JSON with a 500. It enforces the body size limit (413)
 * by counting what it reads, so a body without Content-Length is capped too,
 * refuses bytes that are not UTF-8 and strings that are not valid Unicode or hold NUL, and reports
 * malformed JSON, duplicate member names and anything after the one JSON value ({@link OneJsonValue})
 * as a 400 with its position.
 *
 * <p>One reader per parameter type that the resources declare ({@link JsonValueBodyReader},
 * {@link JsonObjectBodyReader}): a server's own reader for the exact type (RESTEasy has one for
 * {@code JsonObject}) would otherwise win over a reader of a supertype, ours included.
 */
public abstract class JsonBodyReader<T extends JsonValue> implements MessageBodyReader<T> {

    private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());

    @Inject
    Settings settings;

    private final Class<T> readType;

    protected JsonBodyReader(Class<T> readType) {
        this.readType = readType;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return readType.isAssignableFrom(type);
    }

    @Override
    public T readFrom(Class<T> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long maxBytes = settings.maxRequestBytes();
        long maxSeconds = settings.requestBodySeconds();
        try (JsonParser parser = PARSERS.createParser(
                new InputStreamReader(new LimitedInputStream(body, maxBytes, maxSeconds), decoder))) {
            JsonValue value = OneJsonValue.read(parser);
            if (!type.isInstance(value)) {
                throw Refusal.of(Kind.INVALID, "the request body must be a JSON "
                        + (JsonArray.class.isAssignableFrom(type) ? "array" : "object"));
            }
            Violation invalidText = BodyText.firstInvalid(value);
            if (invalidText != null) {
                throw Refusal.of(Kind.INVALID, "the request body holds a string that is not valid Unicode or holds"
                        + " NUL, at " + invalidText.path(), List.of(invalidText));
            }
            return type.cast(value);
        } catch (JsonParsingException malformed) {
            var at = malformed.getLocation();
            String what = malformed instanceof OneJsonValue.DuplicateName
                    ? "a member name given twice in one object" : "malformed JSON (the body is exactly one JSON value)";
            throw Refusal.of(Kind.INVALID, at == null ? what
                    : what + " at line " + at.getLineNumber() + ", column " + at.getColumnNumber());
        } catch (JsonException unreadable) {
            throw rootCause(unreadable, maxBytes, maxSeconds);
        } catch (Refusal refusal) {
            throw refusal;
        } catch (RuntimeException refused) {
            // Parsson refuses input nested deeper than its limit (1000) with a plain RuntimeException
            throw Refusal.of(Kind.INVALID, "the request body is not readable JSON; is it nested too deeply?");
        }
    }

    private static Refusal rootCause(JsonException unreadable, long maxBytes, long maxSeconds) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedInputStream.LimitExceeded) {
                return tooLarge(maxBytes);
            }
            if (cause instanceof LimitedInputStream.TooSlow) {
                return Refusal.of(Kind.TIMEOUT, "the request body did not"
                        + " arrive within " + maxSeconds + " s (prefcenter.request.body-seconds)");
            }
            if (cause instanceof CharacterCodingException) {
                return Refusal.of(Kind.INVALID, "the request body is not valid UTF-8");
            }
        }
        return Refusal.of(Kind.INVALID, "the request body is not valid JSON");
    }

    private static Refusal tooLarge(long maxBytes) {
        return Refusal.of(Kind.TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
    }

}
