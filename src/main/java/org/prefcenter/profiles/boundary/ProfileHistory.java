package org.prefcenter.profiles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.prefcenter.platform.security.Roles;
import org.prefcenter.profiles.control.HistoryDocument;
import org.prefcenter.profiles.control.ProfileKey;
import org.prefcenter.profiles.entity.ProfileChange;

/**
 * A profile's change history, newest first, a page at a time. The profile is found through
 * {@link Profiles}, so the checks (role, client scope, what exists) and their order are those of
 * reading the profile itself.
 */
@Stateless
public class ProfileHistory {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
    public HistoryPage page(String clientId, ProfileKey key, int limit, Long before) {
        return page(profiles.read(clientId, key).profileId(), limit, before);
    }

    /** One row more than the page holds tells whether another page follows. */
    private HistoryPage page(long profileId, int limit, Long before) {
        List<ProfileChange> changes = em.createNamedQuery(ProfileChange.NEWEST_BEFORE, ProfileChange.class)
                .setParameter("profile", profileId)
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(limit + 1)
                .getResultList();
        boolean more = changes.size() > limit;
        List<ProfileChange> page = more ? changes.subList(0, limit) : changes;
        return new HistoryPage(HistoryDocument.of(profileId, page), more ? page.get(limit - 1).version() : null);
    }
}
