package org.prefcenter.it;

import static org.prefcenter.it.FuzzMutation.pick;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/** Mutations of request bodies: JSON Patch arrays, create bodies, configuration and client bodies. */
final class BodyMutations {

    private static final Predicate<FuzzCase> ANY_BODY = FuzzCase::hasBody;
    /** JSON Patch arrays: the mutations of operations (a merge patch gets the generic JSON ones). */
    private static final Predicate<FuzzCase> PATCH = c -> c.hasBody() && c.method().equals("PATCH")
            && c.header("Content-Type").equals(FuzzRoutes.JSON_PATCH);
    private static final Predicate<FuzzCase> POST = c -> c.hasBody() && c.method().equals("POST");

    private static final JsonValue[] OTHER_TYPES = {JsonValue.NULL, JsonValue.TRUE, JsonValue.FALSE,
        Json.createValue(0), Json.createValue(-1), Json.createValue(1.5), Json.createValue(""),
        Json.createValue("text"), Json.createValue("true"), Json.createValue("42"), JsonValue.EMPTY_JSON_ARRAY,
        JsonValue.EMPTY_JSON_OBJECT, Json.createArrayBuilder().addNull().build(),
        Json.createObjectBuilder().add("a", 1).build()};
    private static final String[] NUMBERS = {"1e400", "-1e400", "1e-400", "99999999999999999999",
        "-9223372036854775809", "9223372036854775808", "1.0000000000000000000001", "-0", "0.0", "4.9e-324",
        "1e2147483648", "1E-2147483649", "9".repeat(5000), "0." + "0".repeat(3000) + "1"};
    private static final String[] BAD_NUMBERS = {"01", "+1", ".5", "NaN", "Infinity", "-", "1e", "0x10", "1.", "--1"};
    private static final String[] UNPAIRED = {"\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "x\uD83D"};
    private static final String[] UNICODE = {"\u202E", "\u200D", "\uFEFF", "\uFFFE", "\uFFFF", "\uDBFF\uDFFF",
        "\uD83D\uDE00", "e\u0301", "\u212A", "\u00DF", "\u0130", "\u0131", "\u017F", "\uFB00", "\u2028", "\u3000",
        "\u0627\u0644", "\uD800\uDC00"};
    private static final String[] CONTROLS = {"\t", "\n", "\r", "\u0001", "\u001B", "\u001F", "\u007F", "\u0085",
        "\u009F"};
    private static final byte[][] NOT_UTF8 = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    private static final String[] WHOLE = {"", " ", "null", "0", "\"x\"", "true", "[]", "{}", "[[]]", "[null]",
        "[{}]", "[1]", "{\"\":\"\"}", "\n\n", "[]]", "{}{}", "[] []"};
    private static final JsonValue[] WRONG_OPS = {Json.createValue("move"), Json.createValue("copy"),
        Json.createValue("merge"), Json.createValue(""), Json.createValue("remove-all"), Json.createValue("ad"),
        Json.createValue("addd"), Json.createValue("add add"), JsonValue.NULL, Json.createValue(42),
        JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT, JsonValue.TRUE};
    private static final String[] OP_LOOKALIKES = {"te\u017Ft", "ADD ", " add", "\uFF41dd", "Replace",
        "REMOVE", "r\u0435place", "TEST"};
    private static final JsonValue[] POINTERS = {Json.createValue(""), Json.createValue("/"), Json.createValue("//"),
        Json.createValue("CustomerName"), Json.createValue("/CustomerName/"), Json.createValue("/CustomFields/-1"),
        Json.createValue("/CustomFields/01"), Json.createValue("/CustomFields/1e3"),
        Json.createValue("/CustomFields/99999999999999999999"), Json.createValue("/AlternateIds/-/AlternateId"),
        Json.createValue("/~2"), Json.createValue("/~"), Json.createValue("/CustomerName~1FirstName"),
        Json.createValue("/customername/firstname"), Json.createValue("/CustomerName/FirstName/0"),
        Json.createValue("/ProfileId"), Json.createValue("/Edited/ModifiedBy"), Json.createValue("/UpdateStatus"),
        Json.createValue("/\u212AsActive"), Json.createValue("/CustomFields/ 0"), Json.createValue("/CustomFields/0 "),
        Json.createValue("/IsActive/-"), Json.createValue("/AlternateIds/0/AlternateIdType"),
        Json.createValue("/AlternateIds/-"), Json.createValue("/CustomFields/0/Name"), Json.createValue("/Edited"),
        Json.createValue("/CustomFields/\u0661"), Json.createValue("/" + "a/".repeat(2000)),
        Json.createValue("/CustomerName/First\u0000Name"), JsonValue.NULL, Json.createValue(5),
        JsonValue.EMPTY_JSON_ARRAY};
    private static final String[] TEST_PATHS = {"/ProfileId", "/IsActive", "/CustomerName", "/AlternateIds",
        "/CustomFields/0", "/Edited/CreatedBy", "/UpdateStatus", "/CustomerName/Prefix", "/Edited", ""};
    private static final String[] TRAILERS = {" xyz", "]", "}", "{}", "[]", " garbage", " 1", "\"x\""};
    private static final String[] UNICODE_FOLDED_PATHS = {"/Cu\u017FtomerName/FirstName", "/\u0131sActive",
        "/Ed\u0131ted/CreatedBy", "/Cu\u017FtomFields/0/Value", "/CustomerName/F\u0131rstName"};
    private static final String[] OUT_OF_RANGE = {"{\"Name\":\"Score\",\"Value\":\"1e999999999\"}",
        "{\"Name\":\"Score\",\"Value\":\"1e-999999\"}", "{\"Name\":\"Score\",\"Value\":\"1" + "0".repeat(38) + "\"}",
        "{\"Name\":\"Birth\",\"Value\":\"+999999999-12-31\"}", "{\"Name\":\"Birth\",\"Value\":\"0000-01-01\"}"};
    private static final String[] ROUTE_WORDS = {"Clients", "clients", "Profile", "HISTORY", "AlternateIdTypes",
        "CustomerTypes", "customfields", "ContactTypes", "consenttypes", "PreferenceTopics", "VERSIONS", "Profiles",
        "ConsentStatus"};
    private static final String[] ODD_NAMES = {"{x}", "{", "}", "a/b", "..", ".", "%2F", "a?b", "a#b", "a;b", " ",
        "a b", "\u212Aey", "x".repeat(65), "x".repeat(101), "x".repeat(257), "\u00E9", "<script>", "a\\b", "*", "~",
        "%", "{x}/{y}", "a\u0000b", "\u202Ex", "a%00b", "/", "\uD83D\uDE00"};
    private static final String[] EXTRA_MEMBERS = {"Extra", "from", "ProfileID", "", "\u212Aey", "__proto__", "op2",
        "value", "Value", "name"};

    private BodyMutations() {
    }

    static List<FuzzMutation> all() {
        List<FuzzMutation> mutations = new ArrayList<>();
        mutations.add(new FuzzMutation("body/truncated", ANY_BODY, (r, w, c) -> c.withBody(
                Arrays.copyOf(c.body(), r.nextInt(c.body().length))).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/type-swap", ANY_BODY,
                (r, w, c) -> at(r, c, any -> true, (node, random) -> pick(random, OTHER_TYPES))));
        mutations.add(new FuzzMutation("body/huge-string", ANY_BODY,
                (r, w, c) -> at(r, c, any -> true, (node, random) -> Json.createValue(huge(random)))));
        mutations.add(new FuzzMutation("body/huge-number", ANY_BODY,
                (r, w, c) -> at(r, c, any -> true, (node, random) -> raw(pick(random, NUMBERS)))));
        mutations.add(new FuzzMutation("body/bad-number", ANY_BODY, (r, w, c) -> at(r, c, any -> true,
                (node, random) -> raw(pick(random, BAD_NUMBERS))).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/deep-nesting", ANY_BODY,
                (r, w, c) -> at(r, c, any -> true, (node, random) -> raw(nested(random)))));
        mutations.add(new FuzzMutation("body/many-items", ANY_BODY, BodyMutations::manyItems));
        mutations.add(new FuzzMutation("body/unpaired-surrogate", ANY_BODY,
                (r, w, c) -> inString(r, c, pick(r, UNPAIRED)).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/nul", ANY_BODY,
                (r, w, c) -> inString(r, c, "\u0000").withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/unicode", ANY_BODY, (r, w, c) -> inString(r, c, pick(r, UNICODE))));
        mutations.add(new FuzzMutation("body/control-characters", ANY_BODY,
                (r, w, c) -> inString(r, c, pick(r, CONTROLS))));
        mutations.add(new FuzzMutation("body/not-utf8", ANY_BODY, BodyMutations::notUtf8));
        mutations.add(new FuzzMutation("body/utf16", ANY_BODY, (r, w, c) -> c.withBody(c.bodyText().getBytes(
                pick(r, new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE})))
                .withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/byte-order-mark", ANY_BODY,
                (r, w, c) -> c.withBody(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, c.body()))));
        mutations.add(new FuzzMutation("body/all-escaped", ANY_BODY,
                (r, w, c) -> c.withBody(FuzzJson.write(tree(c), true, null))));
        mutations.add(new FuzzMutation("body/duplicate-member", ANY_BODY, BodyMutations::duplicateMember));
        mutations.add(new FuzzMutation("body/unknown-member", ANY_BODY, (r, w, c) -> member(r, c,
                (object, random) -> FuzzJson.withMember(tree(c), object, null, pick(random, EXTRA_MEMBERS),
                        pick(random, OTHER_TYPES)))));
        mutations.add(new FuzzMutation("body/member-case", ANY_BODY, (r, w, c) -> member(r, c, (object, random) -> {
            JsonObject found = FuzzJson.at(tree(c), object).asJsonObject();
            if (found.isEmpty()) {
                return tree(c);
            }
            String name = new ArrayList<>(found.keySet()).get(random.nextInt(found.size()));
            return FuzzJson.withMember(tree(c), object, name, swapCase(name), found.get(name));
        })));
        mutations.add(new FuzzMutation("body/missing-member", ANY_BODY, (r, w, c) -> {
            List<List<Object>> paths = FuzzJson.paths(tree(c));
            List<Object> path = paths.get(r.nextInt(paths.size()));
            return c.withBody(FuzzJson.write(FuzzJson.replace(tree(c), path, null)));
        }));
        mutations.add(new FuzzMutation("body/whole-replaced", ANY_BODY, (r, w, c) -> c.withBody(pick(r, WHOLE))));
        mutations.add(new FuzzMutation("body/random-bytes", ANY_BODY, (r, w, c) -> {
            byte[] bytes = new byte[1 + r.nextInt(300)];
            r.nextBytes(bytes);
            return c.withBody(bytes);
        }));
        mutations.add(new FuzzMutation("body/wrong-op", PATCH, (r, w, c) -> inOperation(r, c, "op",
                pick(r, WRONG_OPS)).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/op-lookalike", PATCH,
                (r, w, c) -> inOperation(r, c, "op", Json.createValue(pick(r, OP_LOOKALIKES)))));
        mutations.add(new FuzzMutation("body/odd-pointer", PATCH,
                (r, w, c) -> inOperation(r, c, "path", pick(r, POINTERS))));
        mutations.add(new FuzzMutation("body/patch-shape", PATCH, BodyMutations::patchShape));
        mutations.add(new FuzzMutation("body/test-values", PATCH, BodyMutations::testValue));
        mutations.add(new FuzzMutation("body/odd-name", POST, BodyMutations::oddName));
        // issue 25: what a security probe got through
        mutations.add(new FuzzMutation("body/trailing-data", ANY_BODY, (r, w, c) -> c.withBody(concat(c.body(),
                pick(r, TRAILERS).getBytes(StandardCharsets.UTF_8))).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/unicode-folded-name", PATCH, (r, w, c) -> inOperation(r, c, "path",
                Json.createValue(pick(r, UNICODE_FOLDED_PATHS))).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/value-beyond-range", PATCH, (r, w, c) -> c.withBody(
                "[{\"op\":\"add\",\"path\":\"/CustomFields/-\",\"value\":" + pick(r, OUT_OF_RANGE) + "}]")
                .withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("body/reserved-name", POST, BodyMutations::reservedName));
        return mutations;
    }

    static JsonValue tree(FuzzCase valid) {
        return FuzzJson.parse(valid.bodyText());
    }

    private static JsonString raw(String token) {
        return Json.createValue(FuzzJson.RAW + token);
    }

    @FunctionalInterface
    private interface NodeChange {
        JsonValue apply(JsonValue node, Random random);
    }

    /** Replaces a random node among those {@code which} selects (the root when none does). */
    private static FuzzCase at(Random random, FuzzCase valid, Predicate<JsonValue> which, NodeChange change) {
        JsonValue tree = tree(valid);
        List<List<Object>> paths = FuzzJson.paths(tree).stream().filter(p -> which.test(FuzzJson.at(tree, p)))
                .toList();
        List<Object> path = paths.isEmpty() ? List.of() : paths.get(random.nextInt(paths.size()));
        return valid.withBody(FuzzJson.write(FuzzJson.replace(tree, path, change.apply(FuzzJson.at(tree, path),
                random))));
    }

    /** Puts {@code inserted} at a random place of a random string value. */
    private static FuzzCase inString(Random random, FuzzCase valid, String inserted) {
        return at(random, valid, node -> node.getValueType() == JsonValue.ValueType.STRING, (node, r) -> {
            String text = node instanceof JsonString string ? string.getString() : "";
            int at = r.nextInt(text.length() + 1);
            return Json.createValue(text.substring(0, at) + inserted + text.substring(at));
        });
    }

    @FunctionalInterface
    private interface ObjectChange {
        JsonValue apply(List<Object> object, Random random);
    }

    private static FuzzCase member(Random random, FuzzCase valid, ObjectChange change) {
        JsonValue tree = tree(valid);
        List<List<Object>> objects = FuzzJson.paths(tree).stream()
                .filter(p -> FuzzJson.at(tree, p).getValueType() == JsonValue.ValueType.OBJECT).toList();
        if (objects.isEmpty()) {
            return valid;
        }
        return valid.withBody(FuzzJson.write(change.apply(objects.get(random.nextInt(objects.size())), random)));
    }

    private static FuzzCase inOperation(Random random, FuzzCase valid, String member, JsonValue value) {
        JsonArray patch = tree(valid).asJsonArray();
        int index = random.nextInt(patch.size());
        return valid.withBody(FuzzJson.write(FuzzJson.withMember(patch, List.of(index), member, member, value)));
    }

    private static String huge(Random random) {
        int length = pick(random, new Integer[] {257, 4001, 70_000, 1_100_000});
        return pick(random, new String[] {"a", "\u00E9", "\u20AC", "\uD83D\uDE00"}).repeat(length);
    }

    private static String nested(Random random) {
        int depth = pick(random, new Integer[] {64, 999, 1001, 20_000});
        boolean arrays = random.nextBoolean();
        return (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
    }

    private static String swapCase(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals(name) ? name.toLowerCase(Locale.ROOT) : upper;
    }

    private static FuzzCase manyItems(Random random, FuzzWorld world, FuzzCase valid) {
        JsonValue tree = tree(valid);
        int count = pick(random, new Integer[] {300, 1001, 3000, 12_000});
        if (tree.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (int i = 0; i < count; i++) {
                items.add(tree.asJsonArray().get(i % tree.asJsonArray().size()));
            }
            return valid.withBody(FuzzJson.write(items.build()));
        }
        JsonObject object = tree.asJsonObject();
        JsonArrayBuilder items = Json.createArrayBuilder();
        if (object.containsKey("AlternateIds")) {
            int run = world.next();
            for (int i = 0; i < count; i++) {
                items.add(Json.createObjectBuilder().add("AlternateIdType", i % 2 == 0 ? "CRM" : "Loyalty")
                        .add("AlternateId", "M" + run + "-" + i));
            }
            return valid.withBody(FuzzJson.write(FuzzJson.replace(tree, List.of("AlternateIds"), items.build())));
        }
        for (int i = 0; i < count; i++) {
            items.add("o" + i);
        }
        return valid.withBody(FuzzJson.write(FuzzJson.withMember(tree, List.of(), "Options", "Options",
                items.build())));
    }

    private static FuzzCase notUtf8(Random random, FuzzWorld world, FuzzCase valid) {
        byte[] body = valid.body();
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '"') {
                quotes.add(i);
            }
        }
        int at = quotes.isEmpty() ? 0 : quotes.get(random.nextInt(quotes.size())) + 1;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(body, 0, at);
        bytes.writeBytes(NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
        bytes.write(body, at, body.length - at);
        return valid.withBody(bytes.toByteArray()).withExpect(FuzzCase.Expect.REFUSED);
    }

    private static FuzzCase duplicateMember(Random random, FuzzWorld world, FuzzCase valid) {
        JsonValue tree = tree(valid);
        List<List<Object>> objects = FuzzJson.paths(tree).stream().filter(p -> {
            JsonValue node = FuzzJson.at(tree, p);
            return node.getValueType() == JsonValue.ValueType.OBJECT && !node.asJsonObject().isEmpty();
        }).toList();
        JsonObject duplicated = FuzzJson.at(tree, objects.get(random.nextInt(objects.size()))).asJsonObject();
        return valid.withBody(FuzzJson.write(tree, false, duplicated)).withExpect(FuzzCase.Expect.REFUSED);
    }

    private static FuzzCase patchShape(Random random, FuzzWorld world, FuzzCase valid) {
        JsonArray patch = tree(valid).asJsonArray();
        List<Object> first = List.of(0);
        JsonValue changed = switch (random.nextInt(7)) {
            case 0 -> FuzzJson.replace(patch, List.of(0, "value"), null);
            case 1 -> FuzzJson.replace(patch, List.of(0, "path"), null);
            case 2 -> FuzzJson.withMember(patch, first, null, "from", Json.createValue("/IsActive"));
            case 3 -> FuzzJson.replace(patch, first, Json.createArrayBuilder().add("add").add("/IsActive").build());
            case 4 -> FuzzJson.replace(patch, first, JsonValue.EMPTY_JSON_OBJECT);
            case 5 -> Json.createObjectBuilder().add("patch", patch).build();
            default -> Json.createArrayBuilder().add(patch).build();
        };
        return valid.withBody(FuzzJson.write(changed));
    }

    private static FuzzCase testValue(Random random, FuzzWorld world, FuzzCase valid) {
        JsonValue[] values = {Json.createValue(world.targetId()), Json.createValue((double) world.targetId()),
            Json.createValue(String.valueOf(world.targetId())), raw(world.targetId() + ".000"),
            raw(world.targetId() + "e0"), JsonValue.NULL, JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT,
            JsonValue.EMPTY_JSON_ARRAY, Json.createValue("Complete"), raw("1e400"), world.targetDocument(),
            world.targetDocument().get("CustomerName"), world.targetDocument().get("AlternateIds")};
        JsonValue test = Json.createObjectBuilder().add("op", "test").add("path", pick(random, TEST_PATHS))
                .add("value", pick(random, values)).build();
        JsonArrayBuilder patch = Json.createArrayBuilder(tree(valid).asJsonArray());
        return valid.withBody(FuzzJson.write(patch.add(random.nextInt(2) == 0 ? 0 : tree(valid).asJsonArray().size(),
                test).build()));
    }

    private static FuzzCase oddName(Random random, FuzzWorld world, FuzzCase valid) {
        JsonValue tree = tree(valid);
        String name = pick(random, ODD_NAMES) + (random.nextBoolean() ? "" : "-" + world.next());
        List<Object> path = tree.asJsonObject().containsKey("ClientId") ? List.of("ClientId")
                : tree.asJsonObject().containsKey("Name") ? List.of("Name")
                : List.of("AlternateIds", 0, "AlternateId");
        return valid.withBody(FuzzJson.write(FuzzJson.replace(tree, path, Json.createValue(name))));
    }

    /** A ClientId that is a route word, or a configuration name that is a dot segment: both 400. */
    private static FuzzCase reservedName(Random random, FuzzWorld world, FuzzCase valid) {
        JsonObject tree = tree(valid).asJsonObject();
        if (tree.containsKey("ClientId")) {
            return valid.withBody(FuzzJson.write(FuzzJson.replace(tree, List.of("ClientId"),
                    Json.createValue(pick(random, ROUTE_WORDS))))).withExpect(FuzzCase.Expect.REFUSED);
        }
        if (tree.containsKey("Name")) {
            return valid.withBody(FuzzJson.write(FuzzJson.replace(tree, List.of("Name"),
                    Json.createValue(random.nextBoolean() ? "." : "..")))).withExpect(FuzzCase.Expect.REFUSED);
        }
        return valid;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
