package org.prefcenter.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the operator told MicroProfile JWT whom to trust: an issuer, a public key and the audiences
 * a token must name. Nothing in the WAR or the production configuration supplies them (the WAR's
 * issuer is a placeholder no token carries), so a server started without them says so once, at
 * deployment, and {@code security/TrustedTokens} refuses every token rather than trusting a default.
 */
@ApplicationScoped
public class TokenTrust {

    /** The WAR's own value of mp.jwt.verify.issuer (META-INF/microprofile-config.properties). */
    static final String ISSUER_NOT_CONFIGURED = "urn:prefcenter:issuer-not-configured";
    private static final Logger LOG = Logger.getLogger(TokenTrust.class.getName());

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    /** No default here: the WAR's microprofile-config.properties sets it, for the server and for us. */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew")
    long clockSkewSeconds;

    private List<String> missing = List.of();

    void atDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
        List<String> absent = new ArrayList<>();
        if (issuer.filter(named -> !named.equals(ISSUER_NOT_CONFIGURED)).isEmpty()) {
            absent.add("issuer (mp.jwt.verify.issuer, MP_JWT_VERIFY_ISSUER)");
        }
        if (publicKeyLocation.isEmpty() && publicKey.isEmpty()) {
            absent.add("public key (mp.jwt.verify.publickey.location, MP_JWT_VERIFY_PUBLICKEY_LOCATION)");
        }
        if (audiences.isEmpty()) {
            absent.add("audiences (mp.jwt.verify.audiences, MP_JWT_VERIFY_AUDIENCES)");
        }
        missing = List.copyOf(absent);
        if (!missing.isEmpty()) {
            LOG.severe("PrefCenter refuses every token (401): no JWT " + String.join(", no ", missing)
                    + " configured; see docs/DEPLOY.md, Production JWT");
        }
    }

    /** True when issuer, key and audiences are all the operator's. */
    public boolean configured() {
        return missing.isEmpty();
    }

    /** How far the token issuer's clock may run ahead of ours (mp.jwt.verify.clock.skew), in seconds. */
    public long clockSkewSeconds() {
        return clockSkewSeconds;
    }
}
