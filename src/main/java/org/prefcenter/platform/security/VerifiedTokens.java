package org.prefcenter.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.prefcenter.platform.config.Settings;

/**
 * Verifies a bearer token once and answers from memory while it stays valid: the server's own
 * MicroProfile JWT identity store parses the token and checks its RS256 signature on every request,
 * a tenth of a GET's CPU. Runs first (priority 10) and delegates a token it has not seen to the
 * other identity stores; it keeps only VALID results, keyed by the whole token string (so a token
 * changed in any byte is a different key and is verified afresh), for at most
 * {@code prefcenter.token-cache.seconds} (60) and never past the token's {@code exp} (nor past
 * {@code iat} plus {@code mp.jwt.verify.token.age} when that is set); it holds at
 * most {@code prefcenter.token-cache.size} (10,000) tokens, and beyond that verifies without
 * keeping. Size 0 turns it off. Nothing here depends on the database: instances share nothing.
 *
 * <p>The credential is Payara's {@code SignedJWTCredential}, read through its public
 * {@code getSignedJWT()}; any other credential (another server, another mechanism) is left to the
 * other stores untouched.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityStore {

    private record Verified(CredentialValidationResult result, long untilMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Class<?>, MethodHandle> tokenReaders = new ConcurrentHashMap<>();

    @Inject
    @Any
    Instance<IdentityStore> stores;

    @Inject
    Settings settings;

    int maxTokens;
    long maxSeconds;
    /** The server refuses a token older than this (seconds since {@code iat}), so the cache does too. */
    Optional<Long> maxTokenAge = Optional.empty();
    /** The other identity stores, by priority. */
    List<IdentityStore> others = List.of();
    LongSupplier clock = System::currentTimeMillis;

    @PostConstruct
    void configure() {
        maxTokens = settings.tokenCacheSize();
        maxSeconds = settings.tokenCacheSeconds();
        maxTokenAge = settings.maxTokenAgeSeconds();
        others = stores.stream()
                .filter(store -> !(store instanceof VerifiedTokens))
                .filter(store -> store.validationTypes().contains(ValidationType.VALIDATE))
                .sorted(Comparator.comparingInt(IdentityStore::priority))
                .toList();
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        String token = maxTokens > 0 ? tokenOf(credential) : null;
        if (token == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        long now = clock.getAsLong();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.untilMillis()) {
                return known.result();
            }
            verified.remove(token, known);
        }
        CredentialValidationResult result = verifyElsewhere(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && result.getCallerPrincipal() instanceof JsonWebToken jwt) {
            keep(token, new Verified(result, until(jwt, now)), now);
        }
        return result;
    }

    /** The earliest of: the cache's own bound, the token's {@code exp}, and its {@code iat} plus the allowed age. */
    private long until(JsonWebToken jwt, long now) {
        long until = Math.min(now + maxSeconds * 1000, jwt.getExpirationTime() * 1000);
        if (maxTokenAge.isPresent()) {
            until = Math.min(until, (jwt.getIssuedAtTime() + maxTokenAge.get()) * 1000);
        }
        return until;
    }

    private CredentialValidationResult verifyElsewhere(Credential credential) {
        CredentialValidationResult outcome = CredentialValidationResult.NOT_VALIDATED_RESULT;
        for (IdentityStore store : others) {
            CredentialValidationResult result = store.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return result;
            }
            if (result.getStatus() == CredentialValidationResult.Status.INVALID) {
                outcome = result;
            }
        }
        return outcome;
    }

    /** Full: expired entries go first; if it is still full, this token is simply not kept. */
    private void keep(String token, Verified entry, long now) {
        if (entry.untilMillis() <= now) {
            return;
        }
        if (verified.size() >= maxTokens) {
            verified.values().removeIf(old -> old.untilMillis() <= now);
            if (verified.size() >= maxTokens) {
                return;
            }
        }
        verified.put(token, entry);
    }

    private String tokenOf(Credential credential) {
        MethodHandle reader = tokenReaders.computeIfAbsent(credential.getClass(), VerifiedTokens::signedJwtReader);
        if (reader == NO_READER) {
            return null;
        }
        try {
            return (String) reader.invoke(credential);
        } catch (Throwable unreadable) {
            return null;
        }
    }

    private static final MethodHandle NO_READER = MethodHandles.constant(String.class, null);

    private static MethodHandle signedJwtReader(Class<?> type) {
        try {
            return MethodHandles.publicLookup().findVirtual(type, "getSignedJWT", MethodType.methodType(String.class))
                    .asType(MethodType.methodType(String.class, Object.class));
        } catch (ReflectiveOperationException | IllegalArgumentException none) {
            return NO_READER;
        }
    }

    @Override
    public int priority() {
        return 10;
    }

    /** Also PROVIDE_GROUPS: the container takes a result's groups only from a store that declares it. */
    @Override
    public Set<ValidationType> validationTypes() {
        return DEFAULT_VALIDATION_TYPES;
    }
}
