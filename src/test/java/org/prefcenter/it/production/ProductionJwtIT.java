package org.prefcenter.it.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.Api;
import org.prefcenter.it.Tokens;
import org.prefcenter.it.postgres.PayaraInstance;

/**
 * Production trusts only the issuer, key and audience its operator configures, through the
 * MP_JWT_VERIFY_* environment variables, and nothing while they are incomplete. Each instance is the
 * built WAR on Payara Micro with production.properties, as production runs it, on the in-memory H2
 * datasource (the JWT settings do not depend on the database). Without an issuer is the case to
 * test: without a key, MicroProfile JWT cannot verify any token by itself.
 */
class ProductionJwtIT {

    private static final String ISSUER = "https://login.example/issuer";
    private static final String AUDIENCE = "prefcenter-production";
    private static final Duration STARTUP = Duration.ofMinutes(8);

    private static KeyPair operatorKey;
    private static PayaraInstance configured;
    private static PayaraInstance withoutIssuer;

    @BeforeAll
    static void startInstances() throws Exception {
        operatorKey = Tokens.newKeyPair();
        Path pem = Path.of(System.getProperty("prefcenter.war", "target/prefcenter.war")).toAbsolutePath()
                .getParent().resolve("production-jwt/public.pem");
        Files.createDirectories(pem.getParent());
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(operatorKey.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        String keyLocation = pem.toUri().toString();
        // started together: each takes a while to boot
        configured = PayaraInstance.start("production-configured", "postboot-test.asadmin", Map.of(
                "MP_JWT_VERIFY_ISSUER", ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keyLocation,
                "MP_JWT_VERIFY_AUDIENCES", AUDIENCE));
        withoutIssuer = PayaraInstance.start("production-without-issuer", "postboot-test.asadmin",
                Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keyLocation));
        configured.awaitReady(STARTUP);
        withoutIssuer.awaitReady(STARTUP);
    }

    @AfterAll
    static void stopInstances() throws InterruptedException {
        for (PayaraInstance instance : new PayaraInstance[] {configured, withoutIssuer}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void theProductionPropertiesNameNoIssuerKeyOrDevelopmentDirectory() throws IOException {
        for (Path file : new Path[] {Path.of("server-config/payara-micro/production.properties"),
                Path.of("target/server-config/production.properties")}) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("mp.jwt.verify.issuer=", "mp.jwt.verify.publickey", "prefcenter.dev",
                            ".prefcenter-dev");
        }
    }

    @Test
    void aTokenOfTheConfiguredIssuerKeyAndAudienceIsAccepted() {
        Api.Reply reply = configured.api().get("Clients", operatorToken().sign());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.array()).as("no demo data in production").isEmpty();
    }

    @Test
    void aDevelopmentTokenIs401() {
        assertInvalidToken(configured.api().get("Clients", Tokens.of("root", "SystemAdmin")));
        // the configured issuer and audience do not help a token signed with the development key
        assertInvalidToken(configured.api().get("Clients",
                Tokens.token("root", "SystemAdmin").issuer(ISSUER).audience(AUDIENCE).sign()));
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIs401() {
        assertInvalidToken(configured.api().get("Clients", operatorToken().audience("another-api").sign()));
        assertInvalidToken(configured.api().get("Clients", operatorToken().audience(null).sign()));
    }

    @Test
    void expiredTokensAndTokensIssuedInTheFutureBeyondTheClockSkewAre401() {
        Instant now = Instant.now();
        assertInvalidToken(configured.api().get("Clients", operatorToken()
                .issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(120)).sign()));
        assertInvalidToken(configured.api().get("Clients", operatorToken()
                .issuedAt(now.plusSeconds(300)).expiresAt(now.plusSeconds(3600)).sign()));
        // older than mp.jwt.verify.token.age (3600 s) although not expired
        assertInvalidToken(configured.api().get("Clients", operatorToken()
                .issuedAt(now.minusSeconds(7200)).expiresAt(now.plusSeconds(3600)).sign()));
    }

    @Test
    void aTokenIssuedInTheFutureWithinTheClockSkewIsAccepted() {
        Api.Reply reply = configured.api().get("Clients", operatorToken()
                .issuedAt(Instant.now().plusSeconds(20)).sign());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void withoutAnIssuerEveryTokenIsRefusedAndTheLogSaysWhy() throws IOException {
        assertInvalidToken(withoutIssuer.api().get("Clients", Tokens.of("root", "SystemAdmin")));
        assertInvalidToken(withoutIssuer.api().get("Clients", operatorToken().sign()));
        // not even one signed with the configured key that claims the placeholder issuer of the WAR
        assertInvalidToken(withoutIssuer.api().get("Clients",
                operatorToken().issuer("urn:prefcenter:issuer-not-configured").audience(null).sign()));
        assertThat(withoutIssuer.log()).contains("PrefCenter refuses every token (401): no JWT issuer "
                + "(mp.jwt.verify.issuer, MP_JWT_VERIFY_ISSUER), no audiences").doesNotContain("no public key");
    }

    private static Tokens.Token operatorToken() {
        return Tokens.token("root", "SystemAdmin").issuer(ISSUER).audience(AUDIENCE)
                .signedWith(operatorKey.getPrivate());
    }

    private static void assertInvalidToken(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(reply.header("Content-Type")).get().asString().startsWith("application/problem+json");
    }
}
