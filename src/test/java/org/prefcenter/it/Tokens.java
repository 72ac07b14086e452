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
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Signs test tokens with the development key that the test server trusts (server-config/dev/keys.sh). */
public final class Tokens {

    private static final String ISSUER = System.getProperty("prefcenter.dev.issuer", "https://prefcenter.dev/issuer");
    private static final PrivateKey DEV_KEY = loadDevKey();

    private Tokens() {
    }

    /** A valid token: roles comma-separated, one scope entry CLIENT/user per client. */
    public static String of(String user, String roles, String... clients) {
        return sign(DEV_KEY, claims(user, roles, clients, ISSUER, Instant.now().plusSeconds(3600)));
    }

    public static String expired(String user, String roles, String... clients) {
        return sign(DEV_KEY, claims(user, roles, clients, ISSUER, Instant.now().minusSeconds(600)));
    }

    /** A valid token until {@code expiry}. */
    public static String expiringAt(Instant expiry, String user, String roles, String... clients) {
        return sign(DEV_KEY, claims(user, roles, clients, ISSUER, expiry));
    }

    public static String fromIssuer(String issuer, String user, String roles, String... clients) {
        return sign(DEV_KEY, claims(user, roles, clients, issuer, Instant.now().plusSeconds(3600)));
    }

    public static String signedByAnotherKey(String user, String roles, String... clients) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(),
                    claims(user, roles, clients, ISSUER, Instant.now().plusSeconds(3600)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String user, String roles, String[] clients, String issuer, Instant expiry) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user)
                .claim("upn", user)
                .claim("groups", roles.isEmpty() ? List.of() : List.of(roles.split(",")))
                .claim("scope", Arrays.stream(clients).map(client -> client + "/" + user)
                        .collect(Collectors.joining(" ")))
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }

    private static String sign(PrivateKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
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
