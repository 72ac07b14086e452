package org.prefcenter.webhooks.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.prefcenter.platform.json.JsonInput;
import org.prefcenter.platform.json.PropertyNames;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.webhooks.entity.SubscriptionState;

/** Validates a subscription's request bodies (creation and merge patch), naming every problem. */
public final class SubscriptionInput {

    /** The event types of the contract: the first two are emitted, the others will be. */
    public static final List<String> TYPES = List.of("Profile.Created", "Profile.Changed", "Consent.Changed",
            "Preference.Changed");

    private static final PropertyNames CREATION = new PropertyNames("Url", "Types");
    private static final PropertyNames PATCH = new PropertyNames("Url", "Types", "State");

    public record NewSubscription(String url, List<String> types) {
    }

    /** Each member null when absent; {@code types} empty when given as null or [] (every type). */
    public record Change(String url, List<String> types, SubscriptionState state) {
    }

    private SubscriptionInput() {
    }

    public static NewSubscription creation(JsonObject body, Set<String> allowedHosts) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", CREATION, errors);
        String url = url(input, true, allowedHosts, errors);
        List<String> types = types(input, errors);
        JsonInput.failOnErrors("the subscription", errors);
        return new NewSubscription(url, types);
    }

    public static Change change(JsonObject body, Set<String> allowedHosts) {
        List<Violation> errors = new ArrayList<>();
        JsonInput input = JsonInput.of(body, "", PATCH, errors);
        String url = null;
        if (input.has("Url")) {
            url = url(input, true, allowedHosts, errors);
        }
        List<String> types = input.has("Types") ? types(input, errors) : null;
        SubscriptionState state = null;
        if (input.has("State")) {
            String name = input.string("State", true, 1, 16);
            state = name == null ? null : SubscriptionState.ofWireName(name);
            if (name != null && state == null) {
                errors.add(Violation.at("/State", "must be Active or Paused"));
            }
        }
        JsonInput.failOnErrors("the change of the subscription", errors);
        return new Change(url, types, state);
    }

    private static String url(JsonInput input, boolean required, Set<String> allowedHosts, List<Violation> errors) {
        String url = input.string("Url", required, 1, Integer.MAX_VALUE); // UrlGuard says why a long one is refused
        if (url != null) {
            String problem = UrlGuard.problemWith(url, allowedHosts);
            if (problem != null) {
                errors.add(Violation.at("/Url", problem));
                return null;
            }
        }
        return url;
    }

    private static List<String> types(JsonInput input, List<Violation> errors) {
        JsonValue given = input.value("Types");
        List<String> names = input.strings("Types", 64);
        if (given != null && given.getValueType() == JsonValue.ValueType.ARRAY && given.asJsonArray().size() > 16) {
            errors.add(Violation.at("/Types", "must hold at most 16 types"));
            return List.of();
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (TYPES.contains(name)) {
                types.add(name);
            } else {
                errors.add(Violation.at("/Types/" + i, "must be an event type: one of " + String.join(", ", TYPES)));
            }
        }
        return List.copyOf(types);
    }
}
