package org.prefcenter.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.prefcenter.platform.problems.ProblemException;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * Which clients the caller's token grants, read from its {@code scope} claim: space-separated
 * {@code ClientId/UserId} entries. ClientIds compare case-insensitively, as everywhere else.
 */
@RequestScoped
public class ClientScope {

    private static final Pattern ENTRIES = Pattern.compile("\\s+");

    @Inject
    JsonWebToken token;

    /** The caller's UserId for this client (the actor written to Edited), or a 403. */
    public String actorFor(String clientId) {
        Object claim = token == null ? null : token.getClaim("scope");
        if (claim != null) {
            String wanted = CaseInsensitive.key(clientId);
            for (String entry : ENTRIES.split(claim.toString().trim())) {
                int slash = entry.indexOf('/');
                if (slash > 0 && slash < entry.length() - 1
                        && CaseInsensitive.key(entry.substring(0, slash)).equals(wanted)) {
                    return entry.substring(slash + 1);
                }
            }
        }
        throw ProblemException.forbidden("the token's scope does not grant access to client '" + clientId + "'");
    }
}
