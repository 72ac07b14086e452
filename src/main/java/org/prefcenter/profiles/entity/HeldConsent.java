package org.prefcenter.profiles.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A contact element holding an address, and its consent of one type if it has one: a row of
 * {@link ContactElement#CONSENTS_BY_KEY}, read without the profile. The consent's members are null
 * when the element has no consent of that type (the query's outer join).
 */
public record HeldConsent(long profileId, long contactElementId, boolean elementActive, Integer version,
        ConsentStatus status, LocalDateTime consentDate, LocalDateTime expirationDate, Boolean consentActive,
        Boolean expiryRecorded) {

    /** The consent, with what its effective status needs, or empty when the element has none of the type. */
    public Optional<ProfileContent.Consent> consent(String consentType) {
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(new ProfileContent.Consent(consentType, version, status, null, utc(consentDate),
                ProfileContent.Source.NONE, consentActive, expirationDate == null ? null : utc(expirationDate),
                Boolean.TRUE.equals(expiryRecorded), null));
    }

    private static Instant utc(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC);
    }
}
