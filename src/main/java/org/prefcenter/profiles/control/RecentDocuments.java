package org.prefcenter.profiles.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.prefcenter.platform.config.Settings;
import org.prefcenter.profiles.entity.Profile;

/**
 * The documents of the profiles read or changed lately, each with the version it was kept at. Every
 * change of a profile's document moves its version (what {@link ProfileLookup}'s reads without a lock
 * rely on too), so the document kept for the version that the database holds now is the document the
 * database would give: a read still asks the database for the profile's row, and what a known
 * version saves is reading the profile's items and writing the document. The time of the last change
 * (which every change moves forward) must match too, so that a version written twice, in a database
 * restored from a backup or emptied meanwhile, is not taken for the one kept.
 *
 * <p>Only a document of committed state is kept: one read as of one commit, or a change's result
 * once its transaction has committed (never before: it may still roll back). At most
 * {@code prefcenter.document-cache.size} (10,000) documents, the least recently used going first
 * (one lock, held for one map operation); size 0 turns it off. Instances share nothing: each one's
 * reads check the version in the database, so another instance's change is seen at once.
 */
@ApplicationScoped
public class RecentDocuments {

    private record Known(long version, Instant modified, ProfileSnapshot snapshot) {
    }

    @Inject
    Settings settings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** By profile id, in the order of their last use; null when turned off. */
    private Map<Long, Known> known;

    @PostConstruct
    void configure() {
        int max = settings.documentCacheSize();
        known = max <= 0 ? null : Collections.synchronizedMap(new LinkedHashMap<>(Math.min(max, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Known> eldest) {
                return size() > max;
            }
        });
    }

    /** The document kept for the profile as its row was read (as of one commit), or null. */
    public ProfileSnapshot current(Profile profile) {
        return current(profile.id(), profile.version(), profile.edited().modifiedDate());
    }

    /** The document kept for the profile at that version and modified date (read as of one commit), or null. */
    public ProfileSnapshot current(long profileId, long version, Instant modified) {
        Known kept = known == null ? null : known.get(profileId);
        return kept != null && kept.version() == version && Objects.equals(kept.modified(), modified)
                ? kept.snapshot() : null;
    }

    /** Keeps the document of a profile read as of one commit, and gives it back. */
    public ProfileSnapshot remember(Profile profile, ProfileSnapshot snapshot) {
        if (known != null) {
            known.put(profile.id(), new Known(profile.version(), profile.edited().modifiedDate(), snapshot));
        }
        return snapshot;
    }

    /**
     * Keeps the document of a profile changed (and flushed) in the current transaction once that
     * transaction has committed, so that the next read of the profile finds it; nothing if it rolls back.
     */
    public ProfileSnapshot rememberWhenCommitted(Profile profile, ProfileSnapshot snapshot) {
        if (known != null) {
            long id = profile.id();
            Known entry = new Known(profile.version(), profile.edited().modifiedDate(), snapshot);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        known.put(id, entry);
                    }
                }
            });
        }
        return snapshot;
    }
}
