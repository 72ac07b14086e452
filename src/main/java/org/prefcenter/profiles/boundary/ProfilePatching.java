package org.prefcenter.profiles.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.platform.config.Settings;
import org.prefcenter.platform.http.IfMatch;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.security.ClientScope;
import org.prefcenter.platform.security.Roles;
import org.prefcenter.profiles.control.Caller;
import org.prefcenter.profiles.control.ChangeRecorder;
import org.prefcenter.profiles.control.ProfileJson;
import org.prefcenter.profiles.control.ProfileKey;
import org.prefcenter.profiles.control.ProfileLookup;
import org.prefcenter.profiles.control.ProfilePatch;
import org.prefcenter.profiles.control.ProfilePatcher;
import org.prefcenter.profiles.control.ProfileSnapshot;
import org.prefcenter.profiles.control.ProfileTag;
import org.prefcenter.profiles.control.ProfileValidator;
import org.prefcenter.profiles.control.RecentDocuments;
import org.prefcenter.profiles.control.StaleRead;
import org.prefcenter.profiles.entity.Profile;

/**
 * One attempt of a patch, in a transaction of its own, under the profile's row lock: the If-Match
 * rule, the patch pipeline, the change stored and recorded. An attempt that finds it read a stale
 * row throws {@link StaleRead}, and {@link Profiles} makes another.
 */
@Stateless
public class ProfilePatching {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ClientDirectory clients;

    @Inject
    ProfileLookup lookup;

    @Inject
    ChangeRecorder recorder;

    @Inject
    RecentDocuments documents;

    @Inject
    Settings settings;

    @RolesAllowed(Roles.PROFILE_EDITOR)
    public ProfileSnapshot attempt(String clientId, ProfileKey key, ProfilePatch patch, IfMatch ifMatch) {
        Caller caller = Caller.of(clientId, ClientScope.of(session), clients);
        Profile profile = lookup.forChange(caller.client(), key);
        Refusal mismatch = ProfileTag.mismatch(ifMatch, profile);
        if (mismatch != null) {
            // checked again in a new transaction: a stale row must not answer 412 to a current tag
            throw new StaleRead(mismatch);
        }
        JsonObject before = ProfileJson.write(profile);
        ProfilePatcher.PatchResult change = patch.applyTo(before, settings.maxPatchOperations(),
                new ProfileValidator(caller.client(), profile.id(), profile.content(), lookup.ownersFor(caller.client(), profile),
                        settings.alternateIdsPerProfile()));
        if (!change.content().equals(profile.content())) {
            // a patch that changes nothing stores nothing and leaves Edited as it was
            Instant now = Instant.now();
            profile.update(change.content(), caller.actor(), now);
            profile.modifiedBy(caller.actor(), now);
            // Every change moves Edited.ModifiedDate forward, so the profile's row is updated (and its
            // version moves by one) even when only an alternate id or custom field row changed. No
            // OPTIMISTIC_FORCE_INCREMENT: Hibernate (WildFly) would add a second increment at commit.
            flush(ifMatch.isPresent());
            recordFlushed(() -> recorder.changed(caller.client(), profile, before, patch.kind(), change.request()));
        }
        return documents.rememberWhenCommitted(profile, ProfileSnapshot.of(profile));
    }

    /**
     * Writes the change now, so that a failure surfaces here rather than at commit as a wrapped
     * rollback. Under the row lock the version check fails only when the row read was stale: the
     * attempt is made again.
     */
    private void flush(boolean preconditioned) {
        try {
            em.flush();
        } catch (PersistenceException failed) {
            if (PersistenceFailures.isOptimisticLock(failed)) {
                throw new StaleRead(preconditioned
                        ? Refusal.of(Refusal.Kind.PRECONDITION,
                                "the profile changed while this request was applied; read it again and retry")
                        : PersistenceFailures.concurrentUpdate());
            }
            if (PersistenceFailures.isUniqueViolation(failed)) {
                throw Refusal.of(Refusal.Kind.CONFLICT, "an alternate id or custom field of this profile was taken"
                        + " by a concurrent request; nothing was changed");
            }
            throw failed;
        }
    }

    /**
     * Records the change and writes its history entry now: its key (profile, version) is taken only
     * if this change did not build on a stale row. H2's file database was seen, under load, to let a
     * locked transaction update a row from before the commit it waited for; the version check then
     * passed and the history key is what refuses the change. Made again, like any other stale read.
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
}
