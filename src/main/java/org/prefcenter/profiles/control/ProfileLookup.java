package org.prefcenter.profiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.events.control.FeedPositions;
import org.prefcenter.platform.persistence.ConsistentReads;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.profiles.entity.AlternateId;
import org.prefcenter.profiles.entity.Profile;

/**
 * Finds a profile of a client, in the caller's transaction, and decides how it is locked: a GET
 * reads it as of one commit (without a lock where the database allows it), a patch holds its row
 * lock before any of its document is read, so that racing patches run one after another on the
 * latest committed state.
 */
@ApplicationScoped
public class ProfileLookup {

    private static final Logger LOG = Logger.getLogger(ProfileLookup.class.getName());

    /** EclipseLink takes both as SELECT ... FOR UPDATE; Hibernate reads with FOR SHARE. */
    private static final LockModeType FOR_READING = LockModeType.PESSIMISTIC_READ;
    private static final LockModeType FOR_CHANGING = LockModeType.PESSIMISTIC_WRITE;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsistentReads reads;

    @Inject
    FeedPositions feed;

    @Inject
    ClientDirectory clients;

    @Inject
    RecentDocuments documents;

    /**
     * The profile of the client as of one commit, for a GET. Where the database lets a read go
     * without the lock ({@link ConsistentReads}) and the profile is there, it costs neither the client's
     * row nor a look-up of the alternate id's owner on its own: the client's id comes from memory, the
     * profile from one statement, and reading it needs nothing of the configuration (an alternate id
     * proves its type). By alternate id, first only the holder's id, version and modified date (no
     * entity built): the document kept for them ({@link RecentDocuments}) is the answer. Otherwise, and
     * for every 404, the full path: {@link #snapshot(Client, ProfileKey)} with the current
     * configuration, which names what is missing.
     */
    public ProfileSnapshot snapshot(String clientId, ProfileKey key) {
        if (reads.withoutLock()) {
            long clientRef = clients.idOf(clientId);
            ProfileSnapshot kept = kept(clientRef, key);
            if (kept != null) {
                return kept;
            }
            Profile profile = unlocked(clientRef, key);
            ProfileSnapshot read = profile == null ? null : snapshotWithoutLock(profile);
            if (read != null) {
                return read;
            }
        }
        return snapshot(clients.configuration(clientId), key);
    }

    /**
     * The profile as of one commit, so that its ETag matches its content. Where the database lets it
     * ({@link ConsistentReads}), without a lock: the version read again after the items proves that
     * no commit changed them meanwhile (every change moves the version), and only a profile changed
     * while it was read is read again under the row lock. The document of a version read before is
     * taken from {@link RecentDocuments}: the row alone tells the version.
     */
    public ProfileSnapshot snapshot(Client client, ProfileKey key) {
        if (reads.withoutLock()) {
            ProfileSnapshot read = snapshotWithoutLock(find(client, key, LockModeType.NONE));
            if (read != null) {
                return read;
            }
        }
        Profile profile = find(client, key, FOR_READING);
        ProfileSnapshot known = documents.current(profile);
        return known != null ? known : documents.remember(profile, ProfileSnapshot.of(profile));
    }

    /**
     * The snapshot of a profile whose row was read without a lock (its version a committed one), or
     * null when a commit changed the profile while its items were read.
     */
    private ProfileSnapshot snapshotWithoutLock(Profile profile) {
        ProfileSnapshot known = documents.current(profile);
        if (known != null) {
            return known;
        }
        ProfileSnapshot read = unchangedWhileRead(profile, ProfileSnapshot::of);
        return read == null ? null : documents.remember(profile, read);
    }

    /**
     * A profile that a look-up by address found, as of one commit, if it still holds the address:
     * one that gave it up after the look-up's query is left out of the answer.
     */
    public Optional<ProfileSnapshot> snapshotHolding(Client client, long profileId, ContactKey address) {
        return consistently(client, ProfileKey.of(profileId),
                profile -> address.heldBy(profile.content()) ? Optional.of(ProfileSnapshot.of(profile)) : Optional.empty());
    }

    /** What {@code reading} makes of the profile as of one commit (see {@link #snapshot}). */
    private <T> T consistently(Client client, ProfileKey key, Function<Profile, T> reading) {
        if (reads.withoutLock()) {
            T read = unchangedWhileRead(find(client, key, LockModeType.NONE), reading);
            if (read != null) {
                return read;
            }
        }
        return reading.apply(find(client, key, FOR_READING));
    }

    /**
     * What {@code reading} (never null) makes of a profile read without a lock, if its version did not
     * move while it was read; else null, the persistence context cleared for a read under the lock.
     */
    private <T> T unchangedWhileRead(Profile profile, Function<Profile, T> reading) {
        T read = reading.apply(profile);
        if (currentVersion(profile) == profile.version()) {
            return read;
        }
        em.clear();
        return null;
    }

    /** The profile, its row locked for this transaction, which first takes its place in the feed. */
    public Profile forChange(Client client, ProfileKey key) {
        return find(client, key, FOR_CHANGING);
    }

    /** Which profile of the client holds the alternate id (matched case-insensitively), or null. */
    public Long ownerOf(Client client, String type, String value) {
        return em.createNamedQuery(AlternateId.PROFILE_ID_BY_KEY, Long.class)
                .setParameter("client", client.id())
                .setParameter("type", CaseInsensitive.key(type))
                .setParameter("value", CaseInsensitive.key(value))
                .getResultStream().findFirst().orElse(null);
    }

    /** The owners of alternate ids as a patch of {@code profile} sees them: one it holds is its own, without a query. */
    public ProfileValidator.AlternateIdOwners ownersFor(Client client, Profile profile) {
        return (type, value) -> profile != null && profile.holds(type, value) ? profile.id() : ownerOf(client, type, value);
    }

    /**
     * The document kept for the version of the profile that holds the alternate id, or null: one
     * statement, so the holder, its version and its modified date are of one commit.
     */
    private ProfileSnapshot kept(long clientRef, ProfileKey key) {
        if (!(key instanceof ProfileKey.AlternateId alternate)) {
            return null;
        }
        return em.createNamedQuery(AlternateId.ROW_VERSION_BY_KEY, Object[].class)
                .setParameter("client", clientRef)
                .setParameter("type", CaseInsensitive.key(alternate.type()))
                .setParameter("value", CaseInsensitive.key(alternate.value()))
                .getResultStream().findFirst()
                .map(row -> documents.current((Long) row[0], (Long) row[1],
                        ((LocalDateTime) row[2]).toInstant(ZoneOffset.UTC)))
                .orElse(null);
    }

    /** The client's profile of that key, read without a lock in one statement, or null. */
    private Profile unlocked(long clientRef, ProfileKey key) {
        if (key instanceof ProfileKey.Id id) {
            Profile profile = em.find(Profile.class, id.profileId());
            return profile != null && profile.clientRef() == clientRef ? profile : null;
        }
        ProfileKey.AlternateId alternate = (ProfileKey.AlternateId) key;
        return em.createNamedQuery(AlternateId.PROFILE_BY_KEY, Profile.class)
                .setParameter("client", clientRef)
                .setParameter("type", CaseInsensitive.key(alternate.type()))
                .setParameter("value", CaseInsensitive.key(alternate.value()))
                .getResultStream().findFirst().orElse(null);
    }

    private Profile find(Client client, ProfileKey key, LockModeType lock) {
        if (key instanceof ProfileKey.Id id) {
            Profile profile = latest(locked(id.profileId(), lock), lock);
            if (profile == null || !profile.clientRef().equals(client.id())) {
                throw notFound("no profile " + id.profileId() + " for client '" + client.clientId() + "'");
            }
            return profile;
        }
        ProfileKey.AlternateId alternate = (ProfileKey.AlternateId) key;
        if (client.alternateIdType(alternate.type()).isEmpty()) {
            throw notFound("unknown alternate id type '" + Text.excerpt(alternate.type()) + "' for client '"
                    + client.clientId() + "'");
        }
        Long owner = ownerOf(client, alternate.type(), alternate.value());
        Profile profile = owner == null ? null : latest(locked(owner, lock), lock);
        // the id may have moved to another profile between the lookup and the lock
        if (profile == null || !profile.holds(alternate.type(), alternate.value())) {
            throw notFound("no profile with alternate id " + Text.excerpt(alternate.type()) + "/"
                    + Text.excerpt(alternate.value()) + " for client '" + client.clientId() + "'");
        }
        return profile;
    }

    private Profile locked(long profileId, LockModeType lock) {
        if (lock == FOR_CHANGING) {
            feed.beforeChanging(profileId);
        }
        return em.find(Profile.class, profileId, lock);
    }

    /**
     * The locked profile as of the latest commit. H2 (its file database under load) was seen to let a
     * transaction whose row lock had waited for a commit go on with the state from before that commit:
     * in one run of RacingWritersOnTheH2FileIT, 39 PATCHes refused by the history key and one blind
     * patch answered 409 after its three attempts; none with this check. A GET under the lock would show
     * such a row with the newer items, an ETag that does not belong to them. A statement run once the
     * lock is held sees the commit: the version read again tells a stale row, read again then under
     * the lock this transaction already holds (no wait). Not on PostgreSQL (the database that
     * {@link ConsistentReads} lets read without a lock), whose locked row is always the latest.
     */
    private Profile latest(Profile profile, LockModeType lock) {
        if (profile == null || lock == LockModeType.NONE || reads.withoutLock()) {
            return profile;
        }
        for (int reread = 0; reread < StaleRead.MAX_ATTEMPTS && currentVersion(profile) != profile.version(); reread++) {
            LOG.log(Level.FINE, "profile {0}: the locked row was stale (version {1}), read again",
                    new Object[] {profile.id(), profile.version()});
            em.refresh(profile, lock);
        }
        return profile;
    }

    private long currentVersion(Profile profile) {
        return em.createNamedQuery(Profile.VERSION, Long.class).setParameter("id", profile.id()).getSingleResult();
    }

    private static Refusal notFound(String detail) {
        return Refusal.of(Refusal.Kind.UNKNOWN_REFERENCE, detail);
    }
}
