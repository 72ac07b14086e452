package org.prefcenter.profiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.events.control.FeedPositions;
import org.prefcenter.platform.config.Settings;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.profiles.entity.Profile;

/**
 * A new profile from a create body, in the caller's transaction: validated, stored, and recorded
 * (its history entry and its event). The API's create and the demo data both come this way.
 */
@ApplicationScoped
public class ProfileCreation {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProfileLookup lookup;

    @Inject
    ChangeRecorder recorder;

    @Inject
    FeedPositions feed;

    @Inject
    Settings settings;

    public Profile create(Client client, String actor, JsonObject body) {
        ProfileValidator.Validated result = new ProfileValidator(client, null, null, lookup.ownersFor(client, null),
                settings.alternateIdsPerProfile()).create(body);
        if (!result.valid()) {
            throw result.refusal();
        }
        Instant now = Instant.now();
        Profile profile = new Profile(client.id(), actor, now);
        profile.update(result.content(), actor, now);
        feed.beforeCreating();
        em.persist(profile);
        PersistenceFailures.flush(em, () -> Refusal.of(Refusal.Kind.CONFLICT, "an alternate id of this profile was"
                + " taken by a concurrent request; nothing was changed"));
        recorder.created(client, profile, body);
        return profile;
    }
}
