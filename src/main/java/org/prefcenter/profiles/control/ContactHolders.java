package org.prefcenter.profiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.profiles.entity.ContactElement;
import org.prefcenter.profiles.entity.HeldConsent;

/**
 * Who holds an address among a client's profiles, in the caller's transaction and without a lock:
 * each answer is one statement served by the index on (client_ref, channel, value_key), so it is
 * as of one commit on both databases.
 */
@ApplicationScoped
public class ContactHolders {

    @PersistenceContext
    EntityManager em;

    /** The ProfileIds of the holders, active elements or not, lowest first, at most {@code max}. */
    public List<Long> profileIds(Client client, ContactKey key, int max) {
        return em.createNamedQuery(ContactElement.PROFILE_IDS_BY_KEY, Long.class)
                .setParameter("client", client.id())
                .setParameter("channel", key.channel())
                .setParameter("key", key.valueKey())
                .setMaxResults(max)
                .getResultList();
    }

    /** Every element holding the address, with its consent of the type (by its name as stored) or none. */
    public List<HeldConsent> consents(Client client, ContactKey key, String consentType) {
        return em.createNamedQuery(ContactElement.CONSENTS_BY_KEY, HeldConsent.class)
                .setParameter("client", client.id())
                .setParameter("channel", key.channel())
                .setParameter("key", key.valueKey())
                .setParameter("type", consentType)
                .getResultList();
    }
}
