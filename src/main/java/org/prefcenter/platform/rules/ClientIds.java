package org.prefcenter.platform.rules;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one definition of a ClientId: 1 to 64 ASCII letters, digits, '-' or '_', compared ASCII
 * case-insensitively. ASCII only, so that no Unicode case folding can turn one ClientId into
 * another (KELVIN SIGN "\u212A" upper-cases and lower-cases to a plain "k").
 */
public final class ClientIds {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    /**
     * The literal words of the API's routes, folded: a client named like one would make its routes
     * ambiguous ({@code /Clients/AlternateIdTypes} is a client's configuration and the client
     * "AlternateIdTypes"; JAX-RS picks the template with more literal characters, so the registry's
     * {@code /Clients/{clientId}} would never reach that client), so no ClientId may be one, in any
     * letter case. "Profiles" and "ConsentStatus" are the contract's look-ups, reserved before they
     * ship, so that no client takes their names meanwhile.
     */
    public static final Set<String> ROUTE_WORDS = Set.of("clients", "profile", "history", "alternateidtypes",
            "customertypes", "customfields", "events", "subscriptions", "contacttypes", "consenttypes", "versions",
            "preferencetopics", "profiles", "consentstatus");

    private ClientIds() {
    }

    public static boolean isValid(String clientId) {
        return clientId != null && SYNTAX.matcher(clientId).matches();
    }

    /** Whether the ClientId reads as one of the API's route words ({@link #ROUTE_WORDS}). */
    public static boolean isRouteWord(String clientId) {
        return clientId != null && ROUTE_WORDS.contains(CaseInsensitive.asciiKey(clientId));
    }

    /** Whether two ClientIds name the same client; false when either is not a valid ClientId. */
    public static boolean same(String one, String other) {
        return isValid(one) && isValid(other) && CaseInsensitive.asciiKey(one).equals(CaseInsensitive.asciiKey(other));
    }
}
