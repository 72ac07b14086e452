package org.prefcenter.profiles.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.events.control.FeedPositions;
import org.prefcenter.profiles.entity.ChangeKind;
import org.prefcenter.profiles.entity.ConsentRecord;
import org.prefcenter.profiles.entity.ConsentStatus;
import org.prefcenter.profiles.entity.Profile;
import org.prefcenter.profiles.entity.ProfileContent;
import org.prefcenter.profiles.entity.ProfileContent.Consent;

/**
 * Records the expiry of consents past their expiration date, one profile in a transaction of its
 * own, as a change of the profile like any other: under its row lock, with its history entry (kind
 * Expiry, by {@link #ACTOR}) and its events, one {@code Consent.Changed} per consent, once; the
 * opted-in preferences whose topic requires such a consent are archived in the same change.
 */
@Stateless
public class ConsentExpiries {

    /** Who the history names for a change the server made by itself. */
    public static final String ACTOR = "prefcenter";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientDirectory clients;

    @Inject
    FeedPositions feed;

    @Inject
    ChangeRecorder recorder;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> profilesDue(Instant now) {
        return em.createNamedQuery(ConsentRecord.PROFILES_WITH_EXPIRIES_DUE, Long.class)
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("notSet", ConsentStatus.NOT_SET)
                .setMaxResults(1000)
                .getResultList();
    }

    /** The number of expiries recorded on the profile (none when a change recorded them meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int record(long profileId, Instant now) {
        feed.beforeChanging(profileId);
        Profile profile = em.find(Profile.class, profileId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            return 0;
        }
        ProfileContent before = profile.content();
        List<String> expired = new ArrayList<>();
        ProfileContent recorded = before.withContacts(
                before.emails().stream().map(email -> email.withConsents(expire(email.consents(), now, expired))).toList(),
                before.phones().stream().map(phone -> phone.withConsents(expire(phone.consents(), now, expired))).toList(),
                before.addresses().stream().map(address -> address.withConsents(expire(address.consents(), now, expired)))
                        .toList(),
                expire(before.consents(), now, expired), before.preferences());
        if (expired.isEmpty()) {
            return 0;
        }
        Client client = clients.configuration(em.find(Client.class, profile.clientRef()).clientId());
        ProfileContent effected = new ContactEffects(client, before, recorded, now).apply();
        JsonObject document = ProfileJson.write(profile);
        profile.update(effected, ACTOR, now);
        profile.modifiedBy(ACTOR, now);
        em.flush();
        JsonArrayBuilder request = Json.createArrayBuilder();
        expired.forEach(request::add);
        recorder.changed(client, profile, document, ChangeKind.EXPIRY,
                Json.createObjectBuilder().add("Expired", request).build());
        em.flush();
        return expired.size();
    }

    private static List<Consent> expire(List<Consent> consents, Instant now, List<String> expired) {
        return consents.stream().map(consent -> {
            if (!consent.dueToExpire(now)) {
                return consent;
            }
            expired.add(consent.consentType());
            return consent.withExpiryRecorded();
        }).toList();
    }
}
