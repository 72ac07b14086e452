package org.prefcenter.profiles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.events.control.FeedPositions;
import org.prefcenter.platform.http.IfMatch;
import org.prefcenter.platform.persistence.ConsistentReads;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Refusal.Kind;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.security.ClientScope;
import org.prefcenter.platform.security.Roles;
import org.prefcenter.platform.config.Settings;
import org.prefcenter.profiles.control.ChangeRecorder;
import org.prefcenter.profiles.control.ProfileJson;
import org.prefcenter.profiles.control.ProfilePatch;
import org.prefcenter.profiles.control.ProfilePatcher;
import org.prefcenter.profiles.control.ProfileTag;
import org.prefcenter.profiles.control.ProfileValidator;
import org.prefcenter.profiles.entity.AlternateId;
import org.prefcenter.profiles.entity.Profile;

/**
 * Profiles of a client: create, read, and patch, each in one container-managed transaction.
 * Checks run in the contract's order: role (the container), client scope (403), then what exists (404).
 */
@Stateless
public class Profiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientDirectory clients;

    @Inject
    ClientScope scope;

    @Inject
    ConsistentReads reads;

    @Inject
    ChangeRecorder recorder;

    @Inject
    FeedPositions feed;

    /** EclipseLink takes both as SELECT ... FOR UPDATE; Hibernate reads with FOR SHARE. */
    private static final LockModeType FOR_READING = LockModeType.PESSIMISTIC_READ;
    private static final LockModeType FOR_CHANGING = LockModeType.PESSIMISTIC_WRITE;

    @Inject
    Settings settings;

    @RolesAllowed(Roles.PROFILE_EDITOR)
    public ProfileSnapshot create(String clientId, JsonObject body) {
        Caller caller = caller(clientId);
        Client client = caller.client();
        ProfileValidator.Validated result = validator(client, null,
                (type, value) -> ownerOf(client, type, value)).create(body);
        if (!result.valid()) {
            throw result.refusal();
        }
        Profile profile = new Profile(client.id(), caller.actor(), Instant.now());
        profile.update(result.content());
        feed.beforeCreating();
        em.persist(profile);
        flush(false);
        recorder.created(client, profile, body);
        return snapshot(profile);
    }

    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    public ProfileSnapshot byId(String clientId, long profileId) {
        Client client = caller(clientId).client();
        return read(lock -> find(client, profileId, lock));
    }

    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    public ProfileSnapshot byAlternateId(String clientId, String type, String value) {
        Client client = caller(clientId).client();
        return read(lock -> find(client, type, value, lock));
    }

    /**
     * The profile as of one commit, so that its ETag matches its content. Where the database lets it
     * ({@link ConsistentReads}), without a lock: the version read again after the items proves that
     * no commit changed them meanwhile (every change moves the version), and only a profile changed
     * while it was read is read again under the row lock.
     */
    private ProfileSnapshot read(Function<LockModeType, Profile> finder) {
        if (reads.withoutLock()) {
            Profile profile = finder.apply(LockModeType.NONE);
            ProfileSnapshot snapshot = snapshot(profile);
            if (currentVersion(profile) == profile.version()) {
                return snapshot;
            }
            em.clear();
        }
        return snapshot(finder.apply(FOR_READING));
    }

    private long currentVersion(Profile profile) {
        return em.createNamedQuery(Profile.VERSION, Long.class).setParameter("id", profile.id()).getSingleResult();
    }

    @RolesAllowed(Roles.PROFILE_EDITOR)
    public ProfileSnapshot patchById(String clientId, long profileId, ProfilePatch patch, IfMatch ifMatch) {
        Caller caller = caller(clientId);
        return patch(caller, find(caller.client(), profileId, FOR_CHANGING), patch, ifMatch);
    }

    @RolesAllowed(Roles.PROFILE_EDITOR)
    public ProfileSnapshot patchByAlternateId(String clientId, String type, String value, ProfilePatch patch,
            IfMatch ifMatch) {
        Caller caller = caller(clientId);
        return patch(caller, find(caller.client(), type, value, FOR_CHANGING), patch, ifMatch);
    }

    private ProfileSnapshot patch(Caller caller, Profile profile, ProfilePatch patch, IfMatch ifMatch) {
        Refusal mismatch = ProfileTag.mismatch(ifMatch, profile);
        if (mismatch != null) {
            // checked again in a new transaction: a stale row must not answer 412 to a current tag
            throw new StaleRead(mismatch);
        }
        JsonObject before = ProfileJson.write(profile);
        var change = applyPatch(caller.client(), profile, before, patch);
        if (!change.content().equals(profile.content())) {
            // a patch that changes nothing stores nothing and leaves Edited as it was
            profile.update(change.content());
            profile.modifiedBy(caller.actor(), Instant.now());
            // Every change moves Edited.ModifiedDate forward, so the profile's row is updated (and its
            // version moves by one) even when only an alternate id or custom field row changed. No
            // OPTIMISTIC_FORCE_INCREMENT: Hibernate (WildFly) would add a second increment at commit.
            flush(ifMatch.isPresent());
            recordFlushed(() -> recorder.changed(caller.client(), profile, before, patch.kind(), change.request()));
        }
        return snapshot(profile);
    }

    /**
     * The patch pipeline's one entry point: applies a JSON Patch or a JSON Merge Patch to the
     * profile's document and validates the result against the client's configuration; stores nothing.
     */
    ProfilePatcher.PatchResult applyPatch(Client client, Profile profile, JsonObject document, ProfilePatch patch) {
        // an alternate id the profile already holds is its own (the unique constraint says so): no query
        ProfileValidator.AlternateIdOwners owners =
                (type, value) -> profile.holds(type, value) ? profile.id() : ownerOf(client, type, value);
        return patch.applyTo(document, settings.maxPatchOperations(), validator(client, profile.id(), owners));
    }

    private ProfileValidator validator(Client client, Long self, ProfileValidator.AlternateIdOwners owners) {
        return new ProfileValidator(client, self, owners, settings.alternateIdsPerProfile());
    }

    /** Who calls for which client: the scope check (403) comes before the client lookup (404). */
    private record Caller(String actor, Client client) {
    }

    private Caller caller(String clientId) {
        String actor = scope.actorFor(clientId);
        return new Caller(actor, clients.configuration(clientId));
    }

    /**
     * The profile, its row locked for this transaction (unless {@code lock} is NONE) before any of its
     * document is read: a PATCH applies to the latest committed state and racing PATCHes run one after
     * another; a locked GET reads the profile row and its items as of one commit.
     */
    private Profile find(Client client, long profileId, LockModeType lock) {
        Profile profile = latest(lockedFind(profileId, lock), lock);
        if (profile == null || !profile.clientRef().equals(client.id())) {
            throw Refusal.of(Kind.UNKNOWN_REFERENCE, "no profile " + profileId + " for client '" + client.clientId() + "'");
        }
        return profile;
    }

    private Profile find(Client client, String type, String value, LockModeType lock) {
        if (client.alternateIdType(type).isEmpty()) {
            throw Refusal.of(Kind.UNKNOWN_REFERENCE, "unknown alternate id type '" + Text.excerpt(type) + "' for client '"
                    + client.clientId() + "'");
        }
        Long id = ownerOf(client, type, value);
        Profile profile = id == null ? null : latest(lockedFind(id, lock), lock);
        // the id may have moved to another profile between the lookup and the lock
        if (profile == null || !profile.holds(type, value)) {
            throw Refusal.of(Kind.UNKNOWN_REFERENCE, "no profile with alternate id " + Text.excerpt(type) + "/" + Text.excerpt(value)
                    + " for client '" + client.clientId() + "'");
        }
        return profile;
    }

    /** The profile, locked as asked; a transaction that will change it first takes its place in the feed. */
    private Profile lockedFind(long profileId, LockModeType lock) {
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

    private static final Logger LOG = Logger.getLogger(Profiles.class.getName());

    private Long ownerOf(Client client, String type, String value) {
        return em.createNamedQuery(AlternateId.PROFILE_ID_BY_KEY, Long.class)
                .setParameter("client", client.id())
                .setParameter("type", CaseInsensitive.key(type))
                .setParameter("value", CaseInsensitive.key(value))
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Records the change and writes its history entry now: its key (profile, version) is taken only
     * if this change did not build on a stale row. H2's file database was seen, under load, to let a
     * locked transaction update a row from before the commit it waited for; the version check then
     * passed and the history key is what refuses the change. Run again, like any other stale read.
     */
    private void recordFlushed(Runnable recording) {
        try {
            recording.run();
            em.flush();
        } catch (PersistenceException failed) {
            if (PersistenceFailures.isUniqueViolation(failed)) {
                throw new StaleRead(PersistenceFailures.concurrentUpdate());
            }
            throw failed;
        }
    }

    /**
     * Writes now, inside the method, so that a failure surfaces here rather than at commit as a
     * wrapped rollback. Under the row lock the version check fails only when the row read was stale
     * (see {@link StaleRead}): the request runs again.
     */
    private void flush(boolean preconditioned) {
        try {
            em.flush();
        } catch (PersistenceException failed) {
            if (PersistenceFailures.isOptimisticLock(failed)) {
                throw new StaleRead(preconditioned
                        ? Refusal.of(Kind.PRECONDITION,
                                "the profile changed while this request was applied; read it again and retry")
                        : PersistenceFailures.concurrentUpdate());
            }
            if (PersistenceFailures.isUniqueViolation(failed)) {
                throw Refusal.of(Kind.CONFLICT, "an alternate id or custom field of this profile was taken by a "
                        + "concurrent request; nothing was changed");
            }
            throw failed;
        }
    }

    private static ProfileSnapshot snapshot(Profile profile) {
        return new ProfileSnapshot(profile.id(), ProfileJson.write(profile), ProfileTag.of(profile));
    }
}
