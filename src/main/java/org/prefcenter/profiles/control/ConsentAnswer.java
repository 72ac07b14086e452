package org.prefcenter.profiles.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prefcenter.profiles.entity.ConsentStatus;
import org.prefcenter.profiles.entity.HeldConsent;
import org.prefcenter.profiles.entity.ProfileContent;

/**
 * The answer of {@code GET /{clientId}/ConsentStatus}: may this address be contacted for this
 * purpose now? Every holder of the address is listed; one without a consent of the type is not
 * counted; among the others any effective status but Granted wins over Granted (the safe answer),
 * and among those the most telling wins ({@link #SEVERITY}); no holder counted is NotSet.
 */
public record ConsentAnswer(String consentType, ConsentStatus status, List<Holder> holders) {

    /** Which of several refusals answers: an explicit decision before a lapse, a lapse before nothing. */
    static final List<ConsentStatus> SEVERITY = List.of(ConsentStatus.REVOKED, ConsentStatus.DENIED,
            ConsentStatus.EXPIRED, ConsentStatus.NOT_SET);

    /** One element holding the address; {@code consent} empty when it has none of the type. */
    public record Holder(long profileId, long contactElementId, ConsentStatus effectiveStatus,
            Optional<ProfileContent.Consent> consent) {
    }

    public ConsentAnswer {
        holders = List.copyOf(holders);
    }

    /** The answer from the rows of {@code ContactElement.CONSENTS_BY_KEY}, effective as of {@code now}. */
    public static ConsentAnswer of(String consentType, List<HeldConsent> rows, Instant now) {
        List<Holder> holders = new ArrayList<>(rows.size());
        ConsentStatus answer = null;
        for (HeldConsent row : rows) {
            Optional<ProfileContent.Consent> consent = row.consent(consentType);
            ConsentStatus effective = consent.map(held -> held.effectiveStatus(row.elementActive(), now))
                    .orElse(ConsentStatus.NOT_SET);
            holders.add(new Holder(row.profileId(), row.contactElementId(), effective, consent));
            if (consent.isPresent()) {
                answer = answer == null ? effective : safer(answer, effective);
            }
        }
        return new ConsentAnswer(consentType, answer == null ? ConsentStatus.NOT_SET : answer, holders);
    }

    static ConsentStatus safer(ConsentStatus one, ConsentStatus other) {
        if (one == ConsentStatus.GRANTED || other == ConsentStatus.GRANTED) {
            return one == ConsentStatus.GRANTED ? other : one;
        }
        return SEVERITY.indexOf(one) <= SEVERITY.indexOf(other) ? one : other;
    }

    public JsonObject json() {
        JsonArrayBuilder profiles = Json.createArrayBuilder();
        for (Holder holder : holders) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("ProfileId", holder.profileId())
                    .add("ContactElementId", holder.contactElementId())
                    .add("EffectiveStatus", holder.effectiveStatus().wireName());
            holder.consent().ifPresentOrElse(consent -> entry.add("Version", consent.version())
                    .add("ConsentDate", ProfileJson.time(consent.consentDate())),
                    () -> entry.addNull("Version").addNull("ConsentDate"));
            profiles.add(entry);
        }
        return Json.createObjectBuilder().add("ConsentType", consentType).add("Status", status.wireName())
                .add("Profiles", profiles).build();
    }
}
