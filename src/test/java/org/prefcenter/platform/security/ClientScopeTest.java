package org.prefcenter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.prefcenter.platform.rules.Refusal;

class ClientScopeTest {

    @Test
    void theEntryOfTheClientNamesTheActor() {
        assertThat(scope("ACME/ada OTHER/bob").actorFor("ACME")).isEqualTo("ada");
        assertThat(scope("ACME/ada OTHER/bob").actorFor("OTHER")).isEqualTo("bob");
    }

    @Test
    void clientIdsCompareAsciiCaseInsensitively() {
        assertThat(scope("acme/ada").actorFor("ACME")).isEqualTo("ada");
    }

    @Test
    void aClientNotInTheScopeIsForbidden() {
        assertForbidden(scope("OTHER/bob"), "ACME");
        assertForbidden(scope(null), "ACME");
        assertForbidden(ClientScope.of((Principal) null), "ACME");
        assertForbidden(ClientScope.of(() -> "caller without a token"), "ACME");
    }

    @Test
    void anEntryWithoutAUsableUserIdGrantsNothing() {
        assertForbidden(scope("ACME/"), "ACME");
        assertForbidden(scope("ACME"), "ACME");
        assertForbidden(scope("/ada"), "ACME");
        assertForbidden(scope("ACME/nul\u0000"), "ACME");
        assertForbidden(scope("ACME/" + "u".repeat(ClientScope.MAX_USER_ID + 1)), "ACME");
    }

    @Test
    void aLaterUsableEntryOfTheSameClientCounts() {
        assertThat(scope(" ACME/ ACME/ada").actorFor("acme")).isEqualTo("ada");
    }

    @Test
    void aLookAlikeClientIdIsNotTheClient() {
        // the Kelvin sign folds to k in Unicode, not in ASCII
        assertForbidden(scope("\u212AEY/ada"), "KEY");
    }

    private static void assertForbidden(ClientScope scope, String clientId) {
        assertThatThrownBy(() -> scope.actorFor(clientId)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    private static ClientScope scope(String claim) {
        return ClientScope.of(new Token(claim));
    }

    private record Token(String scope) implements JsonWebToken {

        @Override
        public String getName() {
            return "caller";
        }

        @Override
        public Set<String> getClaimNames() {
            return scope == null ? Set.of() : Set.of("scope");
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T getClaim(String claimName) {
            return "scope".equals(claimName) ? (T) scope : null;
        }
    }
}
