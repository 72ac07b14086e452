package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is answered from memory afterwards (platform/security/VerifiedTokens), and
 * that memory never accepts what the server itself would refuse: a token changed in any byte, or a
 * token past its exp. That the cache itself lets a token go at its exp, whatever grace the server
 * gives, is shown on a server without clock skew: devserver.VerifiedTokensExpiryIT.
 */
class VerifiedTokensIT extends ApiTest {

    private ClientFixture client() {
        return sharedClient("TOKENS");
    }

    private String path() {
        long id = client().profile(api(), "T-" + System.nanoTime());
        return client().clientId + "/Profile/" + id;
    }

    @Test
    void aTokenChangedInAnyPartIsVerifiedAfreshAndRefused() {
        String path = path();
        String token = client().reader;
        for (int i = 0; i < 3; i++) {
            assertThat(api().get(path, token).status()).isEqualTo(200);
        }
        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + flipped(parts[2]);
        String otherClaims = parts[0] + "." + flipped(parts[1]) + "." + parts[2];
        String longer = token + "A";
        for (String tampered : new String[] {otherSignature, otherClaims, longer}) {
            Api.Reply reply = api().get(path, tampered);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        }
        assertThat(api().get(path, token).status()).isEqualTo(200);
    }

    /**
     * Once past its exp, a token that was answered from memory gets the same answer as a token never
     * seen before with the same exp: the server's own (Payara 6 tolerates the clock skew past exp,
     * Payara 7 does not), never a remembered 200.
     */
    @Test
    void aRememberedTokenIsAnsweredAsTheServerAnswersOncePastItsExpiry() throws InterruptedException {
        String path = path();
        Instant expiry = Instant.now().plusSeconds(4);
        String remembered = Tokens.expiringAt(expiry, "reader", "ProfileReader", client().clientId);
        String unseen = Tokens.expiringAt(expiry, "reader", "ProfileReader", client().clientId);
        assertThat(api().get(path, remembered).status()).isEqualTo(200);
        assertThat(api().get(path, remembered).status()).isEqualTo(200);
        // exp has a resolution of one second: wait past the whole second
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 1500);
        Api.Reply fresh = api().get(path, unseen);
        Api.Reply fromMemory = api().get(path, remembered);
        assertThat(fromMemory.status()).as(fromMemory.toString()).isEqualTo(fresh.status());
    }

    /** The same text with one base64url character in the middle replaced by another. */
    private static String flipped(String part) {
        int middle = part.length() / 2;
        char replacement = part.charAt(middle) == 'A' ? 'B' : 'A';
        return part.substring(0, middle) + replacement + part.substring(middle + 1);
    }
}
