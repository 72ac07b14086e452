package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.profiles.control.patch.PatchFixtures.thrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

import org.junit.jupiter.api.Named;

/**
 * One case of a data file under {@code src/test/resources/patch/}: a patch, perhaps a document,
 * and what the engine must answer. A file is a JSON array of cases:
 *
 * <pre>{@code
 * {"name": "A.1 Adding an Object Member",      the test's display name, unique in its file
 *  "comment": "...",                           optional, for the reader only
 *  "doc": {...},                               optional: without it the patch is only parsed
 *  "patch": [...],                             the patch document as sent (any JSON value)
 *  "maxOperations": 3,                         optional, default PatchFixtures.MAX_OPERATIONS
 *  "expected": {...},                          the patched document (needs "doc"), or
 *  "sameMemberOrder": true,                    optional: also the members in the expected order
 *  "refused": {"kind": "INVALID",              the Refusal's kind (always required)
 *              "detail": "...",                optional: the Refusal's summary, exactly
 *              "operation": 0, "path": "/a",   the only violation; null means null, absent is unchecked
 *              "messageIs": "...",             its message exactly, and/or:
 *              "message": "..." or [...],      substrings it contains
 *              "messageStartsWith": "...", "messageEndsWith": "..."}}
 * }</pre>
 *
 * Instead of the one violation's members, {@code "violations": [{...}, ...]} lists every
 * violation in order, each with the members above. Whatever the outcome, the document given is
 * left unchanged. An unknown member is an error, so that a misspelt assertion never passes unseen.
 */
record PatchCase(String name, JsonObject spec) {

    private static final Set<String> CASE_MEMBERS = Set.of(
            "name", "comment", "doc", "patch", "maxOperations", "expected", "sameMemberOrder", "refused");
    private static final Set<String> VIOLATION_MEMBERS = Set.of(
            "operation", "path", "messageIs", "message", "messageStartsWith", "messageEndsWith");
    private static final Set<String> REFUSAL_MEMBERS = union(Set.of("kind", "detail", "violations"), VIOLATION_MEMBERS);

    /** The cases of a resource, each named for a parameterized test's {@code name = "{0}"}. */
    static Stream<Named<PatchCase>> load(String resource) {
        // Duplicate member names in a data file are mistakes: this reader refuses them.
        Map<String, Object> strict = Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE);
        JsonArray cases;
        try (InputStream in = PatchCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            try (JsonReader reader = Json.createReaderFactory(strict).createReader(in)) {
                cases = reader.readArray();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        Set<String> names = new HashSet<>();
        List<Named<PatchCase>> named = new ArrayList<>();
        for (JsonValue value : cases) {
            JsonObject spec = value.asJsonObject();
            String name = spec.getString("name");
            if (!names.add(name)) {
                throw new IllegalStateException(resource + ": two cases are named '" + name + "'");
            }
            named.add(Named.of(name, new PatchCase(name, spec)));
        }
        return named.stream();
    }

    /**
     * Runs the case; a failure's message starts with the case's name, since Surefire's report names
     * a parameterized test by its index, not by the display name.
     */
    void run() {
        try {
            check();
        } catch (AssertionError failure) {
            throw new AssertionError("case '" + name + "': " + failure.getMessage(), failure);
        } catch (RuntimeException unexpected) {
            throw new AssertionError("case '" + name + "': " + unexpected, unexpected);
        }
    }

    private void check() {
        requireOnly(spec, CASE_MEMBERS, "case");
        if (spec.containsKey("expected") == spec.containsKey("refused")) {
            throw new IllegalStateException("a case needs exactly one of 'expected' and 'refused'");
        }
        if (!spec.containsKey("patch")) {
            throw new IllegalStateException("a case needs a 'patch'");
        }
        JsonValue patch = spec.get("patch");
        int maxOperations = spec.containsKey("maxOperations")
                ? spec.getInt("maxOperations") : PatchFixtures.MAX_OPERATIONS;

        if (!spec.containsKey("doc")) {
            if (spec.containsKey("expected")) {
                throw new IllegalStateException("'expected' needs a 'doc'");
            }
            check(thrownBy(() -> RestrictedJsonPatch.parse(patch, maxOperations)), spec.getJsonObject("refused"));
            return;
        }

        JsonStructure document = (JsonStructure) spec.get("doc");
        String before = document.toString();
        if (spec.containsKey("expected")) {
            JsonValue expected = spec.get("expected");
            JsonStructure result = RestrictedJsonPatch.apply(document,
                    RestrictedJsonPatch.parse(patch, maxOperations));

            assertThat(result).isEqualTo(expected);
            if (spec.getBoolean("sameMemberOrder", false)) {
                assertThat(result).hasToString(expected.toString());
            }
        } else {
            check(thrownBy(() -> RestrictedJsonPatch.apply(document, RestrictedJsonPatch.parse(patch, maxOperations))),
                    spec.getJsonObject("refused"));
        }
        assertThat(document).as("the document given to apply").hasToString(before);
    }

    private void check(Refusal refusal, JsonObject expected) {
        requireOnly(expected, REFUSAL_MEMBERS, "refused");
        assertThat(refusal.kind()).as("kind").isEqualTo(Refusal.Kind.valueOf(expected.getString("kind")));
        assertThat(refusal.ofPatch()).as("a refusal of a patch").isTrue();
        if (expected.containsKey("detail")) {
            assertThat(refusal).hasMessage(expected.getString("detail"));
        }
        boolean one = expected.keySet().stream().anyMatch(VIOLATION_MEMBERS::contains);
        if (expected.containsKey("violations")) {
            if (one) {
                throw new IllegalStateException("'violations' or one violation's members, not both");
            }
            JsonArray violations = expected.getJsonArray("violations");
            assertThat(refusal.violations()).as("violations").hasSize(violations.size());
            for (int i = 0; i < violations.size(); i++) {
                check(refusal.violations().get(i), violations.getJsonObject(i), "violation " + i);
            }
        } else if (one) {
            assertThat(refusal.violations()).as("violations").singleElement()
                    .satisfies(violation -> check(violation, expected, "the violation"));
        } else {
            throw new IllegalStateException("'refused' says nothing of the violations");
        }
    }

    private void check(Violation violation, JsonObject expected, String which) {
        requireOnly(expected, which.equals("the violation") ? REFUSAL_MEMBERS : VIOLATION_MEMBERS, which);
        if (expected.containsKey("operation")) {
            JsonValue operation = expected.get("operation");
            assertThat(violation.operation()).as(which + ": operation")
                    .isEqualTo(operation == JsonValue.NULL ? null : ((JsonNumber) operation).intValueExact());
        }
        if (expected.containsKey("path")) {
            assertThat(violation.path()).as(which + ": path").isEqualTo(stringOrNull(expected.get("path")));
        }
        String message = violation.message();
        if (expected.containsKey("messageIs")) {
            assertThat(message).as(which + ": message").isEqualTo(expected.getString("messageIs"));
        }
        if (expected.containsKey("message")) {
            JsonValue parts = expected.get("message");
            List<String> substrings = parts instanceof JsonArray array
                    ? array.getValuesAs(JsonString::getString) : List.of(((JsonString) parts).getString());
            assertThat(message).as(which + ": message").contains(substrings);
        }
        if (expected.containsKey("messageStartsWith")) {
            assertThat(message).as(which + ": message").startsWith(expected.getString("messageStartsWith"));
        }
        if (expected.containsKey("messageEndsWith")) {
            assertThat(message).as(which + ": message").endsWith(expected.getString("messageEndsWith"));
        }
    }

    private void requireOnly(JsonObject object, Set<String> allowed, String what) {
        for (String member : object.keySet()) {
            if (!allowed.contains(member)) {
                throw new IllegalStateException("unknown member '" + member + "' in " + what);
            }
        }
    }

    private static String stringOrNull(JsonValue value) {
        return value == JsonValue.NULL ? null : ((JsonString) value).getString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    @Override
    public String toString() {
        return name;
    }
}
