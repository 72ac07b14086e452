package org.prefcenter.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.prefcenter.platform.config.TokenTrust;

/**
 * What MicroProfile JWT leaves to the application about a token it verified: every token is refused
 * while the server has no issuer, key or audiences of its own ({@link TokenTrust}), and a token
 * issued in the future beyond the allowed clock skew is refused too, and so is one whose {@code nbf}
 * (RFC 7519 4.1.5) is still ahead beyond the skew (the servers check {@code exp} and the token's age,
 * neither an {@code iat} nor an {@code nbf} ahead of their clock). All are 401, like any bad token.
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
        if (!trust.configured() || !(caller instanceof JsonWebToken token) || issuedInTheFuture(token)
                || notYetValid(token)) {
            throw AccessRefusals.invalidToken();
        }
    }

    private boolean issuedInTheFuture(JsonWebToken token) {
        return token.getIssuedAtTime() > Instant.now().getEpochSecond() + trust.clockSkewSeconds();
    }

    /** An {@code nbf} still ahead, or one that is not a NumericDate: the token cannot be used yet. */
    private boolean notYetValid(JsonWebToken token) {
        Object nbf = token.getClaim("nbf");
        if (nbf == null) {
            return false;
        }
        long notBefore;
        if (nbf instanceof Number number) {
            notBefore = number.longValue();
        } else if (nbf instanceof JsonNumber number) {
            notBefore = number.longValue();
        } else {
            return true;
        }
        return notBefore > Instant.now().getEpochSecond() + trust.clockSkewSeconds();
    }
}
