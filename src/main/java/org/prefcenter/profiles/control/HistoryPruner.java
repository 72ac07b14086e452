package org.prefcenter.profiles.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.prefcenter.profiles.entity.Profile;
import org.prefcenter.profiles.entity.ProfileChange;

/**
 * Removes one profile's expired history entries, in a transaction of its own, so that the history
 * stays replayable: the oldest entry kept is given the whole document before it (its base), rebuilt
 * by applying the removed entries' patches. The newest entry is kept whatever its age, so that the
 * history always tells how the current document came to be. The profile's row is locked, as a
 * PATCH locks it: two instances pruning at once take turns, and the second finds nothing left.
 */
@Stateless
public class HistoryPruner {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> profilesWithEntriesBefore(LocalDateTime cutoff) {
        return em.createNamedQuery(ProfileChange.PROFILES_WITH_ENTRIES_BEFORE, Long.class)
                .setParameter("cutoff", cutoff).getResultList();
    }

    /** The number of entries removed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int prune(long profileRef, LocalDateTime cutoff) {
        if (em.find(Profile.class, profileRef, LockModeType.PESSIMISTIC_WRITE) == null) {
            return 0;
        }
        List<ProfileChange> entries = em.createNamedQuery(ProfileChange.OLDEST_FIRST, ProfileChange.class)
                .setParameter("profile", profileRef).getResultList();
        int expired = 0;
        while (expired < entries.size() - 1 && entries.get(expired).modifiedDate()
                .isBefore(cutoff.toInstant(ZoneOffset.UTC))) {
            expired++;
        }
        if (expired == 0) {
            return 0;
        }
        JsonValue document = HistoryDocument.replay(entries.subList(0, expired));
        ProfileChange oldestKept = entries.get(expired);
        oldestKept.base(document.toString());
        return em.createNamedQuery(ProfileChange.DELETE_BEFORE_VERSION).setParameter("profile", profileRef)
                .setParameter("version", oldestKept.version()).executeUpdate();
    }
}
