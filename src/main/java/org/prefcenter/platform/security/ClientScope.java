package org.prefcenter.platform.security;

import jakarta.ejb.EJBContext;
import java.security.Principal;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.prefcenter.platform.rules.ClientIds;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;

/**
 * Which clients the caller's token grants, read from its {@code scope} claim: space-separated
 * {@code ClientId/UserId} entries. ClientIds compare ASCII case-insensitively ({@link ClientIds}).
 * An entry whose UserId is empty, longer than the actor columns hold, or holds a control character
 * (it is written to Edited and the history as is, like a request string) grants nothing.
 *
 * <p>Read from the caller's principal, which MicroProfile JWT makes the verified token, rather than
 * from the injected {@code JsonWebToken}: that one is a request-scoped bean whose every use looked
 * the token up through CDI, 8 % of a GET's processor time (docs/PERFORMANCE.md, sixth round).
 */
public final class ClientScope {

    /** The longest UserId: it is written to Edited.CreatedBy/ModifiedBy, VARCHAR(256). */
    public static final int MAX_USER_ID = 256;

    private static final Pattern ENTRIES = Pattern.compile("\\s+");

    private final String[] entries;

    private ClientScope(String[] entries) {
        this.entries = entries;
    }

    /** The scope of an EJB's caller. */
    public static ClientScope of(EJBContext context) {
        return of(context.getCallerPrincipal());
    }

    /** The scope a caller's token grants; none for a caller without a token. */
    public static ClientScope of(Principal caller) {
        Object claim = caller instanceof JsonWebToken token ? token.getClaim("scope") : null;
        // not trimmed: trim() would drop control characters at the end ("nul\u0000" read as "nul");
        // the empty entry a leading space gives has no slash and grants nothing
        return new ClientScope(claim == null ? new String[0] : ENTRIES.split(claim.toString()));
    }

    /** The caller's UserId for this client (the actor written to Edited), or a 403. */
    public String actorFor(String clientId) {
        for (String entry : entries) {
            int slash = entry.indexOf('/');
            if (slash > 0 && ClientIds.same(entry.substring(0, slash), clientId)) {
                String userId = entry.substring(slash + 1);
                if (isUsable(userId)) {
                    return userId;
                }
            }
        }
        throw Refusal.of(Refusal.Kind.FORBIDDEN, "the token's scope does not grant access to client '"
                + Text.excerpt(clientId) + "'");
    }

    private static boolean isUsable(String userId) {
        return !userId.isEmpty() && Text.length(userId) <= MAX_USER_ID && Text.problemWith(userId) == null
                && userId.chars().noneMatch(Character::isISOControl);
    }
}
