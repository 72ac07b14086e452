package org.prefcenter.profiles.entity;

import java.util.Optional;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * What a person decided about a consent type, and (with {@link #EXPIRED}) what a sender must obey:
 * a consent's effective status is its status, except Expired once past its expiration date and
 * NotSet while the consent or its contact element is inactive.
 */
public enum ConsentStatus {
    GRANTED("Granted"), DENIED("Denied"), REVOKED("Revoked"), NOT_SET("NotSet"),
    /** Never stored: only an effective status. */
    EXPIRED("Expired");

    private final String wireName;

    ConsentStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** A status a client may set (every one but Expired), matched case-insensitively. */
    public static Optional<ConsentStatus> settable(String name) {
        for (ConsentStatus status : values()) {
            if (status != EXPIRED && CaseInsensitive.asciiKey(status.wireName).equals(CaseInsensitive.asciiKey(name))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
