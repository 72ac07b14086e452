package org.prefcenter.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the operator told MicroProfile JWT whom to trust: an issuer, a public key and the audiences
 * a token must name. Nothing in the WAR or the production configuration supplies them (the WAR's
 * issuer is a placeholder no token carries), so a server started without them says so once, at
 * deployment, and {@link TrustedTokens} refuses every token rather than trusting a default.
 */
@ApplicationScoped
public class TokenTrust {

    /** The WAR's own value of mp.jwt.verify.issuer (META-INF/microprofile-config.properties). */
    static final String ISSUER_NOT_CONFIGURED = "urn:prefcenter:issuer-not-configured";
    private static final long DEFAULT_CLOCK_SKEW_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(TokenTrust.class.getName());

    private List<String> missing = List.of();
    private long clockSkewSeconds = DEFAULT_CLOCK_SKEW_SECONDS;

    void atDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Config config = ConfigProvider.getConfig(TokenTrust.class.getClassLoader());
        List<String> absent = new ArrayList<>();
        if (config.getOptionalValue("mp.jwt.verify.issuer", String.class)
                .filter(issuer -> !issuer.equals(ISSUER_NOT_CONFIGURED)).isEmpty()) {
            absent.add("issuer (mp.jwt.verify.issuer, MP_JWT_VERIFY_ISSUER)");
        }
        if (config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isEmpty()
                && config.getOptionalValue("mp.jwt.verify.publickey", String.class).isEmpty()) {
            absent.add("public key (mp.jwt.verify.publickey.location, MP_JWT_VERIFY_PUBLICKEY_LOCATION)");
        }
        if (config.getOptionalValue("mp.jwt.verify.audiences", String.class).isEmpty()) {
            absent.add("audiences (mp.jwt.verify.audiences, MP_JWT_VERIFY_AUDIENCES)");
        }
        missing = List.copyOf(absent);
        clockSkewSeconds = config.getOptionalValue("mp.jwt.verify.clock.skew", Long.class)
                .orElse(DEFAULT_CLOCK_SKEW_SECONDS);
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
