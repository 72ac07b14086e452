package org.prefcenter.profiles.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps each profile's history for {@code prefcenter.history.max-age-days} days (unset: forever).
 * A timer, every {@code prefcenter.history.retention-interval-seconds} (an hour by default) and on
 * every instance, finds the profiles with expired entries and has {@link HistoryPruning} prune each
 * in a transaction of its own, never on the PATCH path.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HistoryRetention {

    public static final String MAX_AGE_DAYS = "prefcenter.history.max-age-days";
    public static final String INTERVAL_SECONDS = "prefcenter.history.retention-interval-seconds";

    private static final Logger LOG = Logger.getLogger(HistoryRetention.class.getName());

    @Resource
    TimerService timers;

    @EJB
    HistoryPruning pruning;

    @PostConstruct
    void schedule() {
        long interval = config().getOptionalValue(INTERVAL_SECONDS, Long.class).orElse(3600L);
        if (interval <= 0) {
            LOG.warning(() -> INTERVAL_SECONDS + " is " + interval + ": it must be more than 0; an hour is used");
        }
        long millis = (interval > 0 ? interval : 3600L) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
    }

    @Timeout
    void deleteExpired() {
        Optional<Integer> maxAgeDays = config().getOptionalValue(MAX_AGE_DAYS, Integer.class);
        if (maxAgeDays.isEmpty()) {
            return;
        }
        if (maxAgeDays.get() < 0) {
            LOG.warning(() -> MAX_AGE_DAYS + " is " + maxAgeDays.get() + ": it must be 0 or more; history kept");
            return;
        }
        LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minusDays(maxAgeDays.get());
        List<Long> profiles = pruning.profilesWithEntriesBefore(cutoff);
        int deleted = 0;
        for (long profile : profiles) {
            deleted += pruning.prune(profile, cutoff);
        }
        if (deleted > 0) {
            int total = deleted;
            LOG.info(() -> "deleted " + total + " history entries older than " + maxAgeDays.get() + " days, of "
                    + profiles.size() + " profiles");
        }
    }

    private static Config config() {
        return ConfigProvider.getConfig(HistoryRetention.class.getClassLoader());
    }
}
