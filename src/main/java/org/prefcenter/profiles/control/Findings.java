package org.prefcenter.profiles.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.entity.ProfileContent;

/** The violations a validation found, by kind, in the order of the kinds: the first kind found decides the answer. */
final class Findings {

    private final Map<Refusal.Kind, List<Violation>> byKind = new EnumMap<>(Refusal.Kind.class);

    void add(Refusal.Kind kind, String path, String message) {
        add(kind, Violation.at(path, message));
    }

    void add(Refusal.Kind kind, Violation violation) {
        byKind.computeIfAbsent(kind, any -> new ArrayList<>()).add(violation);
    }

    boolean isEmpty() {
        return byKind.isEmpty();
    }

    ProfileValidator.Validated validated(ProfileContent content) {
        if (byKind.isEmpty()) {
            return new ProfileValidator.Validated(content, null, List.of());
        }
        var first = byKind.entrySet().iterator().next();
        return new ProfileValidator.Validated(null, first.getKey(), List.copyOf(first.getValue()));
    }
}
