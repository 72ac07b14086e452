package org.prefcenter.profiles.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.prefcenter.platform.CaseInsensitive;
import org.prefcenter.platform.Text;

/** The members of a JSON object under their documented names, matched case-insensitively. */
final class Members {

    private Members() {
    }

    /**
     * @param known   documented names, returned as keys
     * @param ignored documented read-only names, accepted and dropped
     * @param invalid receives (path, message) for unknown or repeated members
     */
    static Map<String, JsonValue> canonical(JsonObject object, String path, Collection<String> known,
            Set<String> ignored, BiConsumer<String, String> invalid) {
        Map<String, JsonValue> result = new HashMap<>();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String name = find(known, member.getKey());
            if (name != null) {
                if (result.put(name, member.getValue()) != null) {
                    invalid.accept(path + "/" + name, "is given twice (names match case-insensitively)");
                }
            } else if (find(ignored, member.getKey()) == null) {
                invalid.accept(path + "/" + printable(member.getKey()), "is not a property of a profile");
            }
        }
        return result;
    }

    static String find(Collection<String> names, String wanted) {
        String key = CaseInsensitive.key(wanted);
        for (String name : names) {
            if (CaseInsensitive.key(name).equals(key)) {
                return name;
            }
        }
        return null;
    }

    /** A member name fit to quote in an error: hostile names (NUL, huge) are cut and cleaned. */
    private static String printable(String name) {
        String cut = name.length() > 100 ? name.substring(0, 100) + "..." : name;
        return Text.problemWith(cut) == null ? cut.replace("~", "~0").replace("/", "~1") : "(invalid name)";
    }
}
