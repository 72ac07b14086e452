package org.prefcenter.profiles.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.prefcenter.platform.config.Settings;

/**
 * Keeps each profile's history for {@code prefcenter.history.max-age-days} days (unset: forever).
 * Every {@code prefcenter.history.retention-interval-seconds} (an hour by default) and on every
 * instance, the server's managed scheduled executor finds the profiles with expired entries and has
 * {@link HistoryPruner} prune each in a transaction of its own, never on the PATCH path. Not an EJB
 * timer: Payara Micro's timer service needs Hazelcast, which PrefCenter's servers run without.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HistoryRetentionTimer {

    private static final String MAX_AGE_DAYS = Settings.HISTORY_MAX_AGE_DAYS;
    private static final String INTERVAL_SECONDS = Settings.HISTORY_INTERVAL_SECONDS;

    private static final Logger LOG = Logger.getLogger(HistoryRetentionTimer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    HistoryPruner pruning;

    @Inject
    Settings settings;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void schedule() {
        long interval = settings.historyRetentionIntervalSeconds();
        if (interval <= 0) {
            LOG.warning(() -> INTERVAL_SECONDS + " is " + interval + ": it must be more than 0; an hour is used");
        }
        long seconds = interval > 0 ? interval : Long.parseLong(Settings.HISTORY_INTERVAL_DEFAULT);
        schedule = scheduler.scheduleWithFixedDelay(this::deleteExpiredOrLog, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    /** A run that fails (the database away) is logged and the next one tries again. */
    private void deleteExpiredOrLog() {
        try {
            deleteExpired();
        } catch (RuntimeException failed) {
            LOG.warning(() -> "history retention failed, tried again in the next interval: " + failed);
        }
    }

    void deleteExpired() {
        Optional<Integer> maxAgeDays = settings.historyMaxAgeDays();
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
}
