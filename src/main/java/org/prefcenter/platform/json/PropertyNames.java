package org.prefcenter.platform.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.Text;

/**
 * The documented member names of a request object, matched case-insensitively. Built once per
 * shape (the folded keys are computed here, not per request); reading an object returns its
 * members under their documented names and reports unknown or repeated ones.
 */
public final class PropertyNames {

    private static final int MAX_QUOTED_NAME = 100;

    private final Map<String, String> canonical = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();

    /**
     * @param known   the documented names, returned as keys
     * @param ignored documented names accepted and dropped (read-only properties a client may send back)
     */
    public PropertyNames(Set<String> known, Set<String> ignored) {
        known.forEach(name -> canonical.put(CaseInsensitive.asciiKey(name), name));
        ignored.forEach(name -> this.ignored.add(CaseInsensitive.asciiKey(name)));
    }

    public PropertyNames(String... known) {
        this(Set.of(known), Set.of());
    }

    /** The documented name a path token or member name stands for, or null. */
    public String canonical(String name) {
        return canonical.get(CaseInsensitive.asciiKey(name));
    }

    /** The members by documented name; {@code invalid} receives (path, message) for the others. */
    public Map<String, JsonValue> read(JsonObject object, String path, BiConsumer<String, String> invalid) {
        Map<String, JsonValue> result = new HashMap<>();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String key = CaseInsensitive.asciiKey(member.getKey());
            String name = canonical.get(key);
            if (name != null) {
                if (result.put(name, member.getValue()) != null) {
                    invalid.accept(path + "/" + name, "is given twice (names match case-insensitively)");
                }
            } else if (!ignored.contains(key)) {
                invalid.accept(path + "/" + printable(member.getKey()), "is not a known property");
            }
        }
        return result;
    }

    /** A member name fit to quote in an error: hostile names (NUL, huge) are cut and cleaned. */
    private static String printable(String name) {
        String cut = Text.excerpt(name, MAX_QUOTED_NAME);
        return Text.problemWith(cut) == null ? cut.replace("~", "~0").replace("/", "~1") : "(invalid name)";
    }
}
