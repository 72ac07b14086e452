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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.prefcenter.platform.config.Settings;

/**
 * Every {@code prefcenter.consents.expiry-interval-seconds} (10 by default), on every instance, finds
 * the profiles holding a consent past its expiration date whose expiry is not recorded, and has
 * {@link ConsentExpiries} record each in a transaction of its own. Instances racing for one profile
 * take its row lock in turn; the second finds nothing left to record. Like the history's retention,
 * the server's managed scheduled executor rather than an EJB timer (Payara Micro's needs Hazelcast).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsentExpiryTimer {

    private static final Logger LOG = Logger.getLogger(ConsentExpiryTimer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    ConsentExpiries expiries;

    @Inject
    Settings settings;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void schedule() {
        long seconds = Math.max(1, settings.consentExpiryIntervalSeconds());
        schedule = scheduler.scheduleWithFixedDelay(this::recordOrLog, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    /** A run that fails (the database away) is logged and the next one tries again. */
    private void recordOrLog() {
        try {
            Instant now = Instant.now();
            List<Long> profiles = expiries.profilesDue(now);
            int recorded = 0;
            for (long profile : profiles) {
                recorded += expiries.record(profile, now);
            }
            if (recorded > 0) {
                int total = recorded;
                LOG.fine(() -> "recorded " + total + " consent expiries on " + profiles.size() + " profiles");
            }
        } catch (RuntimeException failed) {
            LOG.warning(() -> "recording consent expiries failed, tried again in the next interval: " + failed);
        }
    }
}
