package org.prefcenter.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureTest {

    /** The value openssl gives: printf '%s' '1700000000.<body>' | openssl dgst -sha256 -hmac secret-of-test */
    @Test
    void theHeaderIsTheHmacOfTheTimestampADotAndTheBody() {
        assertThat(Signature.header("secret-of-test", 1_700_000_000L, "{\"EventId\":\"0000000000001000\"}"))
                .isEqualTo("t=1700000000,v1=26f85f668f848578be36f31450b6e7af2460ff69536fd32615a94f3bded38140");
    }

    @Test
    void aSecretIs32RandomBytesInHex() {
        assertThat(Signature.newSecret()).matches("[0-9a-f]{64}").isNotEqualTo(Signature.newSecret());
    }
}
