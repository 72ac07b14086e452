package org.prefcenter.webhooks.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A delivery's {@code PrefCenter-Signature}: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}
 * keyed with the subscription's secret (its text's UTF-8 bytes).
 */
public final class Signature {

    public static final String HEADER = "PrefCenter-Signature";
    public static final String EVENT_ID_HEADER = "PrefCenter-Event-Id";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {
    }

    /** A new secret: 32 random bytes, as 64 hex digits. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
