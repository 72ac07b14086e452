package org.prefcenter.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Signs test tokens. By default with the development key, issuer and audience that the test server
 * trusts (server-config/dev/keys.sh); {@link #token} changes any of them.
 */
public final class Tokens {

    public static final String AUDIENCE = "prefcenter";
    private static final String ISSUER = System.getProperty("prefcenter.dev.issuer", "https://prefcenter.dev/issuer");
    private static final PrivateKey DEV_KEY = loadDevKey();

    private Tokens() {
    }

    /** A valid token: roles comma-separated, one scope entry CLIENT/user per client. */
    public static String of(String user, String roles, String... clients) {
        return token(user, roles, clients).sign();
    }

    public static String expired(String user, String roles, String... clients) {
        return token(user, roles, clients).expiresAt(Instant.now().minusSeconds(600)).sign();
    }

    /** A valid token until {@code expiry}. */
    public static String expiringAt(Instant expiry, String user, String roles, String... clients) {
        return token(user, roles, clients).expiresAt(expiry).sign();
    }

    public static String fromIssuer(String issuer, String user, String roles, String... clients) {
        return token(user, roles, clients).issuer(issuer).sign();
    }

    /** A token signed with the development key whose valid claims {@code change} altered (the fuzz test's). */
    public static String altered(UnaryOperator<JWTClaimsSet.Builder> change, String user, String roles,
            String... clients) {
        return token(user, roles, clients).changed(change).sign();
    }

    public static String signedByAnotherKey(String user, String roles, String... clients) {
        return token(user, roles, clients).signedWith(newKeyPair().getPrivate()).sign();
    }

    /** A token to be adjusted before {@link Token#sign()}: the development defaults, valid for an hour. */
    public static Token token(String user, String roles, String... clients) {
        return new Token(user, roles, clients);
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims and key of one test token. */
    public static final class Token {

        private final JWTClaimsSet.Builder claims;
        private PrivateKey key = DEV_KEY;

        private Token(String user, String roles, String[] clients) {
            Instant now = Instant.now();
            claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject(user)
                    .claim("upn", user)
                    .claim("groups", roles.isEmpty() ? List.of() : List.of(roles.split(",")))
                    .claim("scope", Arrays.stream(clients).map(client -> client + "/" + user)
                            .collect(Collectors.joining(" ")))
                    .issueTime(Date.from(now.minusSeconds(5)))
                    .expirationTime(Date.from(now.plusSeconds(3600)))
                    .jwtID(UUID.randomUUID().toString());
        }

        public Token issuer(String issuer) {
            claims.issuer(issuer);
            return this;
        }

        /** {@code null}: no aud claim. */
        public Token audience(String audience) {
            claims.audience(audience);
            return this;
        }

        public Token issuedAt(Instant issuedAt) {
            claims.issueTime(Date.from(issuedAt));
            return this;
        }

        public Token expiresAt(Instant expiry) {
            claims.expirationTime(Date.from(expiry));
            return this;
        }

        public Token changed(UnaryOperator<JWTClaimsSet.Builder> change) {
            change.apply(claims);
            return this;
        }

        public Token signedWith(PrivateKey signingKey) {
            key = signingKey;
            return this;
        }

        public String sign() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static PrivateKey loadDevKey() {
        Path pem = Path.of(System.getProperty("prefcenter.dev.dir", ".prefcenter-dev"), "private.pem");
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development key " + pem + "; run server-config/dev/keys.sh", e);
        }
    }
}
