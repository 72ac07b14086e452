package org.prefcenter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Public, like its credential: the cache reads {@code getSignedJWT()} through a public lookup. */
public class VerifiedTokensTest {

    private static final long ISSUED = 1_700_000_000L;

    private final AtomicLong nowMillis = new AtomicLong(ISSUED * 1000);
    private final ServerStore server = new ServerStore();
    private final VerifiedTokens cache = new VerifiedTokens();

    @BeforeEach
    void configure() {
        cache.maxTokens = 10;
        cache.maxSeconds = 60;
        cache.others = List.of(server);
        cache.clock = nowMillis::get;
    }

    @Test
    void aVerifiedTokenIsAnsweredFromMemory() {
        SignedJwt token = new SignedJwt("a.b.c", ISSUED + 3600);
        assertThat(cache.validate(token).getStatus()).isEqualTo(Status.VALID);
        nowMillis.addAndGet(30_000);
        assertThat(cache.validate(token).getStatus()).isEqualTo(Status.VALID);
        assertThat(server.verifications).isEqualTo(1);
    }

    @Test
    void aCachedTokenIsRefusedOnceItsExpPassed() {
        SignedJwt token = new SignedJwt("a.b.c", ISSUED + 2);
        assertThat(cache.validate(token).getStatus()).isEqualTo(Status.VALID);
        nowMillis.set((ISSUED + 2) * 1000);
        assertThat(cache.validate(token).getStatus()).isEqualTo(Status.INVALID);
        assertThat(server.verifications).isEqualTo(2);
    }

    @Test
    void noEntryOutlivesTheCachesOwnBound() {
        SignedJwt token = new SignedJwt("a.b.c", ISSUED + 3600);
        cache.validate(token);
        nowMillis.addAndGet(60_000);
        cache.validate(token);
        assertThat(server.verifications).isEqualTo(2);
    }

    @Test
    void noEntryOutlivesTheAllowedTokenAge() {
        cache.maxTokenAge = Optional.of(10L);
        SignedJwt token = new SignedJwt("a.b.c", ISSUED + 3600);
        cache.validate(token);
        nowMillis.addAndGet(10_000);
        cache.validate(token);
        assertThat(server.verifications).isEqualTo(2);
    }

    @Test
    void sizeZeroTurnsTheCacheOff() {
        cache.maxTokens = 0;
        assertThat(cache.validate(new SignedJwt("a.b.c", ISSUED + 3600)).getStatus())
                .isEqualTo(Status.NOT_VALIDATED);
        assertThat(server.verifications).isZero();
    }

    /** What the server's MicroProfile JWT store answers: valid until the token's exp. */
    private final class ServerStore implements IdentityStore {

        int verifications;

        @Override
        public CredentialValidationResult validate(Credential credential) {
            verifications++;
            SignedJwt token = (SignedJwt) credential;
            if (nowMillis.get() >= token.exp * 1000) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(new Jwt(token.exp), Set.of("ProfileReader"));
        }
    }

    /** Shaped like Payara's SignedJWTCredential. */
    public static final class SignedJwt implements Credential {

        private final String jwt;
        final long exp;

        SignedJwt(String jwt, long exp) {
            this.jwt = jwt;
            this.exp = exp;
        }

        public String getSignedJWT() {
            return jwt;
        }
    }

    private static final class Jwt extends CallerPrincipal implements JsonWebToken {

        private final long exp;

        Jwt(long exp) {
            super("ada");
            this.exp = exp;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp", "iat");
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T getClaim(String claimName) {
            return switch (claimName) {
                case "exp" -> (T) Long.valueOf(exp);
                case "iat" -> (T) Long.valueOf(ISSUED);
                default -> null;
            };
        }
    }
}
