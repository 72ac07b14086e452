package org.prefcenter.it.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.Api;
import org.prefcenter.it.ClientFixture;
import org.prefcenter.it.Tokens;
import org.prefcenter.it.postgres.PayaraInstance;

/**
 * The token cache (platform/security/VerifiedTokens) answers a token from memory only until its
 * {@code exp}: its own decision, whatever grace the server gives. Payara 6 accepts a token up to the
 * clock skew (60 s) past its exp, which would hide a cache that ignored exp; this server has no skew
 * ({@link DevelopmentServer}), so the server's own verification refuses the token the moment it
 * expires, and any 200 after that can only come from the cache.
 */
class VerifiedTokensExpiryIT {

    private static PayaraInstance server;
    private static ClientFixture client;
    private static String path;

    @BeforeAll
    static void profile() throws Exception {
        server = DevelopmentServer.get();
        client = ClientFixture.create(server.api(), "EXPIRY");
        path = client.clientId + "/Profile/" + client.profile(server.api(), "EXP-1");
    }

    @Test
    void aRememberedTokenIsRefusedOncePastItsExp() throws InterruptedException {
        Api api = server.api();
        Instant expiry = Instant.now().plusSeconds(3);
        String remembered = Tokens.expiringAt(expiry, "reader", "ProfileReader", client.clientId);
        String unseen = Tokens.expiringAt(expiry, "reader", "ProfileReader", client.clientId);
        assertThat(api.get(path, remembered).status()).isEqualTo(200);
        Api.Reply fromMemoryBefore = api.get(path, remembered);
        assertThat(fromMemoryBefore.status()).as(fromMemoryBefore.toString()).isEqualTo(200);
        // exp has a resolution of one second: wait past the whole second
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 1500);
        // the server without grace: a token never seen, with the same exp, is refused
        Api.Reply fresh = api.get(path, unseen);
        assertThat(fresh.status()).as("server's own answer past exp: " + fresh).isEqualTo(401);
        // and so is the remembered one: the cache let it go at its exp
        Api.Reply fromMemory = api.get(path, remembered);
        assertThat(fromMemory.status()).as("cached token past exp: " + fromMemory).isEqualTo(401);
    }
}
