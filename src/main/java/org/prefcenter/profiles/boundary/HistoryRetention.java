package org.prefcenter.profiles.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.prefcenter.profiles.entity.ProfileChange;

/**
 * Keeps each profile's history for {@code prefcenter.history.max-age-days} days (unset: forever).
 * Expired entries are deleted by a timer, once an hour and on every instance (a delete that finds
 * nothing costs one indexed query), never on the PATCH path.
 */
@Singleton
public class HistoryRetention {

    public static final String MAX_AGE_DAYS = "prefcenter.history.max-age-days";

    private static final Logger LOG = Logger.getLogger(HistoryRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void deleteExpired() {
        Optional<Integer> maxAgeDays = ConfigProvider.getConfig(HistoryRetention.class.getClassLoader())
                .getOptionalValue(MAX_AGE_DAYS, Integer.class);
        if (maxAgeDays.isEmpty()) {
            return;
        }
        if (maxAgeDays.get() < 0) {
            LOG.warning(() -> MAX_AGE_DAYS + " is " + maxAgeDays.get() + ": it must be 0 or more; history kept");
            return;
        }
        LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minusDays(maxAgeDays.get());
        int deleted = em.createNamedQuery(ProfileChange.DELETE_OLDER_THAN).setParameter("cutoff", cutoff)
                .executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "deleted " + deleted + " history entries older than " + maxAgeDays.get() + " days");
        }
    }
}
