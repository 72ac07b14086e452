package org.prefcenter.profiles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.CaseInsensitive;
import org.prefcenter.platform.ClientScope;
import org.prefcenter.platform.IfMatch;
import org.prefcenter.platform.PersistenceFailures;
import org.prefcenter.platform.Problem;
import org.prefcenter.platform.ProblemException;
import org.prefcenter.platform.Roles;
import org.prefcenter.platform.Settings;
import org.prefcenter.profiles.control.ProfileDocument;
import org.prefcenter.profiles.control.ProfilePatcher;
import org.prefcenter.profiles.control.ProfileReader;
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

    private final int maxPatchOperations = Settings.maxPatchOperations();

    @RolesAllowed(Roles.PROFILE_EDITOR)
    public ProfileSnapshot create(String clientId, JsonObject body) {
        String actor = scope.actorFor(clientId);
        Client client = clients.require(clientId);
        ProfileReader.Result result = ProfileReader.read(body, client, ProfileReader.Mode.CREATE, null,
                (type, value) -> ownerOf(client, type, value));
        if (!result.valid()) {
            throw ProfilePatcher.violations(result.violations());
        }
        Profile profile = new Profile(client.id(), result.content(), actor, Instant.now());
        em.persist(profile);
        flush(false);
        return snapshot(profile);
    }

    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    public ProfileSnapshot byId(String clientId, long profileId) {
        return snapshot(find(clientId, profileId));
    }

    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    public ProfileSnapshot byAlternateId(String clientId, String type, String value) {
        return snapshot(find(clientId, type, value));
    }

    @RolesAllowed(Roles.PROFILE_EDITOR)
    public ProfileSnapshot patchById(String clientId, long profileId, JsonValue patch, IfMatch ifMatch) {
        String actor = scope.actorFor(clientId);
        return patch(clients.require(clientId), find(clientId, profileId), patch, ifMatch, actor);
    }

    @RolesAllowed(Roles.PROFILE_EDITOR)
    public ProfileSnapshot patchByAlternateId(String clientId, String type, String value, JsonValue patch,
            IfMatch ifMatch) {
        String actor = scope.actorFor(clientId);
        return patch(clients.require(clientId), find(clientId, type, value), patch, ifMatch, actor);
    }

    private ProfileSnapshot patch(Client client, Profile profile, JsonValue patch, IfMatch ifMatch, String actor) {
        if (!ifMatch.matches(ProfileDocument.etag(profile))) {
            throw new ProblemException(412, Problem.PRECONDITION_FAILED, "Precondition Failed",
                    "If-Match does not match the profile's current ETag " + ProfileDocument.etag(profile)
                            + "; read it again and retry", List.of());
        }
        var change = ProfilePatcher.patch(ProfileDocument.of(profile), patch, maxPatchOperations, client,
                profile.id(), (type, value) -> ownerOf(client, type, value));
        if (profile.change(change.content(), actor, Instant.now())) {
            // the version moves even when only an alternate id or custom field row changed
            em.lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            flush(ifMatch.isPresent());
        }
        return snapshot(profile);
    }

    private Profile find(String clientId, long profileId) {
        scope.actorFor(clientId);
        Client client = clients.require(clientId);
        Profile profile = em.find(Profile.class, profileId);
        if (profile == null || !profile.clientRef().equals(client.id())) {
            throw ProblemException.notFound("no profile " + profileId + " for client '" + clientId + "'");
        }
        return profile;
    }

    private Profile find(String clientId, String type, String value) {
        scope.actorFor(clientId);
        Client client = clients.require(clientId);
        if (client.alternateIdType(type).isEmpty()) {
            throw ProblemException.notFound("unknown alternate id type '" + type + "' for client '" + clientId + "'");
        }
        Long id = ownerOf(client, type, value);
        if (id == null) {
            throw ProblemException.notFound("no profile with alternate id " + type + "/" + value
                    + " for client '" + clientId + "'");
        }
        return em.find(Profile.class, id);
    }

    private Long ownerOf(Client client, String type, String value) {
        return em.createNamedQuery(AlternateId.PROFILE_BY_KEY, Long.class)
                .setParameter("client", client.id())
                .setParameter("type", CaseInsensitive.key(type))
                .setParameter("value", CaseInsensitive.key(value))
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Writes now, inside the method, so that a lost race surfaces here as a 409 (or 412 when the
     * caller sent If-Match) rather than at commit as a wrapped rollback.
     */
    private void flush(boolean preconditioned) {
        try {
            em.flush();
        } catch (PersistenceException failed) {
            if (PersistenceFailures.isOptimisticLock(failed)) {
                if (preconditioned) {
                    throw new ProblemException(412, Problem.PRECONDITION_FAILED, "Precondition Failed",
                            "the profile changed while this request was applied; read it again and retry",
                            List.of());
                }
                throw PersistenceFailures.concurrentUpdate();
            }
            if (PersistenceFailures.isUniqueViolation(failed)) {
                throw ProblemException.conflict("an alternate id or custom field of this profile was taken by a "
                        + "concurrent request; nothing was changed");
            }
            throw failed;
        }
    }

    private static ProfileSnapshot snapshot(Profile profile) {
        return new ProfileSnapshot(profile.id(), ProfileDocument.of(profile), ProfileDocument.etag(profile));
    }
}
