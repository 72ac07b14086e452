package org.prefcenter.clients.boundary;

import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;

/** How a change of a client's configuration is refused, worded alike for every kind of item. */
final class ConfigurationRefusals {

    private ConfigurationRefusals() {
    }

    static void withinCap(int count, int cap, String what) {
        if (count >= cap) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "the client already has " + count + " " + what + ", the most it may have"
                    + " (" + cap + "); nothing was added");
        }
    }

    static Refusal unknown(String what, String name, String clientId) {
        return Refusal.of(Refusal.Kind.UNKNOWN_REFERENCE, "unknown " + what + " '" + Text.excerpt(name) + "' for client '"
                + clientId + "'");
    }

    static Refusal exists(String what, String name) {
        return Refusal.of(Refusal.Kind.CONFLICT, "the " + what + " '" + Text.excerpt(name)
                + "' already exists (names compare case-insensitively)");
    }
}
