package org.prefcenter.profiles.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.platform.http.IfMatch;
import org.prefcenter.platform.security.ClientScope;
import org.prefcenter.platform.security.Roles;
import org.prefcenter.profiles.control.Caller;
import org.prefcenter.profiles.control.ProfileCreation;
import org.prefcenter.profiles.control.ProfileKey;
import org.prefcenter.profiles.control.ProfileLookup;
import org.prefcenter.profiles.control.ProfilePatch;
import org.prefcenter.profiles.control.ProfileSnapshot;
import org.prefcenter.profiles.control.RecentDocuments;
import org.prefcenter.profiles.control.StaleRead;
import org.prefcenter.profiles.entity.Profile;

/**
 * Profiles of a client: create and read, each in one container-managed transaction, and patch, whose
 * attempts ({@link ProfilePatching}) each run in a transaction of their own. Checks run in the
 * contract's order: role (the container), client scope (403), then what exists (404).
 */
@Stateless
public class Profiles {

    @Resource
    SessionContext session;

    @Inject
    ClientDirectory clients;

    @Inject
    ProfileLookup lookup;

    @Inject
    ProfileCreation creation;

    @Inject
    ProfilePatching patching;

    @Inject
    RecentDocuments documents;

    @RolesAllowed(Roles.PROFILE_EDITOR)
    public ProfileSnapshot create(String clientId, JsonObject body) {
        Caller caller = Caller.of(clientId, ClientScope.of(session), clients);
        Profile created = creation.create(caller.client(), caller.actor(), body);
        return documents.rememberWhenCommitted(created, ProfileSnapshot.of(created));
    }

    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    public ProfileSnapshot read(String clientId, ProfileKey key) {
        ClientScope.of(session).actorFor(clientId); // 403 before anything of the client is read
        return lookup.snapshot(clientId, key);
    }

    /**
     * Runs the patch until it meets a fresh row: an attempt that read a stale one ({@link StaleRead})
     * is rolled back and made again in a new transaction, so that a blind patch never fails because
     * another one ran. No transaction of its own: each attempt has one.
     */
    @RolesAllowed(Roles.PROFILE_EDITOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ProfileSnapshot patch(String clientId, ProfileKey key, ProfilePatch patch, IfMatch ifMatch) {
        for (int attempt = 1;; attempt++) {
            try {
                return patching.attempt(clientId, key, patch, ifMatch);
            } catch (StaleRead stale) {
                if (attempt == StaleRead.MAX_ATTEMPTS) {
                    throw stale.answer();
                }
            }
        }
    }
}
