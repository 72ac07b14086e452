package org.prefcenter.platform.http;

import org.prefcenter.platform.rules.Refusal;

/** The {@code limit} query parameter of a paged route: an integer from 1 to the route's maximum. */
public final class PageLimit {

    private PageLimit() {
    }

    /** {@code value} as sent, or null for the route's default. */
    public static int parse(String value, int defaultLimit, int maxLimit) {
        if (value == null) {
            return defaultLimit;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            limit = 0;
        }
        if (limit < 1 || limit > maxLimit) {
            throw Refusal.of(Refusal.Kind.INVALID, "the query parameter limit must be an integer from 1 to " + maxLimit);
        }
        return limit;
    }
}
