package org.prefcenter.platform.security;

import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Refusal.Kind;

/** The refusals of a caller who may not call at all: no token, a token not accepted, roles that do not allow. */
public final class AccessRefusals {

    private AccessRefusals() {
    }

    public static Refusal noToken() {
        return Refusal.of(Kind.UNAUTHENTICATED, "a valid bearer token is required");
    }

    public static Refusal invalidToken() {
        return Refusal.of(Kind.INVALID_TOKEN, "the bearer token is invalid: malformed, wrongly signed, expired,"
                + " from another issuer or for another audience");
    }

    public static Refusal rolesDoNotAllow() {
        return Refusal.of(Kind.FORBIDDEN, "the token's roles do not allow this operation");
    }
}
