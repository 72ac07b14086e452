package org.prefcenter.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.prefcenter.platform.problems.Problem;

/**
 * What MicroProfile JWT leaves to the application about a token it verified: every token is refused
 * while the server has no issuer, key or audiences of its own ({@link TokenTrust}), and a token
 * issued in the future beyond the allowed clock skew is refused too (the servers check {@code exp}
 * and the token's age, not an {@code iat} ahead of their clock). Both are 401, like any bad token.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class TrustedTokens implements ContainerRequestFilter {

    @Inject
    TokenTrust trust;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null) {
            return; // no token: AuthenticationRequired answers
        }
        if (!trust.configured() || !(caller instanceof JsonWebToken token) || issuedInTheFuture(token)) {
            request.abortWith(Problem.invalidToken().build());
        }
    }

    private boolean issuedInTheFuture(JsonWebToken token) {
        return token.getIssuedAtTime() > Instant.now().getEpochSecond() + trust.clockSkewSeconds();
    }
}
